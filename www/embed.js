// Credit Simulator's embed element, for lesson pages and demos on any site:
//
//   <script src="https://SIMULATOR/embed.js" defer></script>
//   <credit-sim-embed view="quote" lang="zh" scenario="v=1&…" fields="monthlyIncome" lock></credit-sim-embed>
//
// A classic script (a module from another origin would need CORS headers that plain static
// hosts do not send). It defines <credit-sim-embed>, which holds one titled iframe of the
// simulator's embed mode (?embed=VIEW&lang=…&fields=…&lock=1#scenario), follows the frame's
// height so there is never an inner scroll bar or an empty gap, points the frame at the new
// URL when an attribute changes, and re-dispatches the frame's scenario as a
// "credit-sim:scenario" DOM event (detail: { scenario }) that bubbles from the element. Only
// messages whose source is its own frame count.
(function () {
  "use strict";
  if (typeof window === "undefined" || !window.customElements || customElements.get("credit-sim-embed")) return;
  var script = document.currentScript;
  // The simulator's own page: where this script was loaded from (the src attribute may say
  // otherwise, for a copy of the script served elsewhere).
  var BASE = new URL(".", (script && script.src) || location.href).href;
  var NAMES = {
    score: ["信用分", "Score"],
    offers: ["可获得的产品", "Offers"],
    plan: ["还款计划", "Loan plan"],
    compare: ["方案对比", "Compare"],
    journey: ["信用旅程", "Journey"],
    learn: ["了解模型", "Learn"],
    quote: ["核算真实年化", "Check a quote"],
    revolving: ["最低还款", "Minimum-payment trap"],
    goal: ["达成目标", "Reach a goal"],
    workbench: ["产品规则工作台", "Workbench"],
  };

  /** The embed URL of an element's attributes. */
  function embedUrl(el) {
    var q = new URLSearchParams();
    q.set("embed", el.getAttribute("view") || "score");
    var lang = el.getAttribute("lang");
    if (lang) q.set("lang", lang);
    var fields = el.getAttribute("fields");
    if (fields !== null) q.set("fields", fields);
    var lock = el.getAttribute("lock");
    if (lock !== null && lock !== "0" && lock !== "false") q.set("lock", "1");
    var scenario = (el.getAttribute("scenario") || "").replace(/^#/, "");
    var page = new URL(el.getAttribute("src") || BASE, location.href);
    return page.origin + page.pathname + "?" + q.toString() + (scenario ? "#" + scenario : "");
  }

  /** The frame's accessible title: the simulator and the part, in the element's language. */
  function titleOf(el) {
    var name = NAMES[el.getAttribute("view")] || null;
    var lang = el.getAttribute("lang");
    if (lang === "en") return "Credit Simulator: " + (name ? name[1] : "embedded");
    if (lang === "zh") return "信用模拟器：" + (name ? name[0] : "嵌入");
    return "信用模拟器 · Credit Simulator" + (name ? "：" + name[0] + " · " + name[1] : "");
  }

  class CreditSimEmbed extends HTMLElement {
    static get observedAttributes() {
      return ["view", "lang", "scenario", "fields", "lock", "src"];
    }

    connectedCallback() {
      if (!this.frame) {
        const frame = document.createElement("iframe");
        frame.style.cssText = "display:block;width:100%;border:0;height:480px;overflow:hidden";
        frame.setAttribute("loading", "lazy");
        frame.setAttribute("scrolling", "no");
        this.frame = frame;
        this.onMessage = (e) => {
          if (!this.frame || e.source !== this.frame.contentWindow) return;
          const m = e.data;
          if (!m || typeof m !== "object") return;
          if (m.type === "credit-sim:resize" && typeof m.height === "number" && m.height > 0) {
            this.frame.style.height = Math.ceil(m.height) + "px";
          } else if (m.type === "credit-sim:scenario" && typeof m.scenario === "string") {
            this.dispatchEvent(new CustomEvent("credit-sim:scenario", { bubbles: true, detail: { scenario: m.scenario } }));
          }
        };
        window.addEventListener("message", this.onMessage);
        this.appendChild(frame);
      }
      this.update();
    }

    disconnectedCallback() {
      if (this.onMessage) window.removeEventListener("message", this.onMessage);
      if (this.frame) this.frame.remove();
      this.frame = null;
      this.onMessage = null;
    }

    attributeChangedCallback() {
      if (this.frame) this.update();
    }

    /** Points the frame at the attributes' URL, titled in their language. */
    update() {
      this.frame.setAttribute("title", titleOf(this));
      const url = embedUrl(this);
      if (this.frame.getAttribute("src") !== url) this.frame.setAttribute("src", url);
    }
  }

  customElements.define("credit-sim-embed", CreditSimEmbed);
})();
