//! The baseline page's only script (baseline.html): a score on screen with no work at all.
const score = document.createElement("b");
score.id = "score-value";
score.setAttribute("elementtiming", "score");
score.textContent = "740";
document.getElementById("app").append(score);
