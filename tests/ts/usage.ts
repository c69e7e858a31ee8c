// Type-checks an embedding page's use of the JS API against the generated credit_sim.d.ts
// (scripts/check-dts copies this next to it and runs tsc --strict). Never run, only checked:
// each `@ts-expect-error` fails the check if the types it guards were loosened to `any`.
import init, {
  amortize, amortizeColumns, defaultProfile, defaultRules, lenderView, mergePortfolio, modelCard,
  offers, portfolio, PortfolioRun, presets, profilesFromCsv, profilesToCsv, reasonAction,
  reasonText, scoreProfile, simulateJourney, syntheticProfiles, version,
} from "./credit_sim.js";
import type {
  Band, CsvProfiles, CsvWarningCode, FieldError, Journey, LoanInput, Offers, Portfolio,
  PortfolioPart, Preset, Profile, ProductRules, RejectedRowCode, Schedule, ScoreReport,
} from "./credit_sim.js";

export async function usage(): Promise<string[]> {
  await init();
  const loan: LoanInput = { principal: "1000000", termMonths: 360, method: "equalInstallment", annualRate: "0.049" };
  const plan: Schedule = amortize(loan);
  const firstPayment: string = plan.rows[0].payment;
  const due: string | undefined = plan.rows[0].dueDate;
  const columns = amortizeColumns({ ...loan, startDate: "2024-01-31" });
  const fen: number = columns.payment[0];

  const profile: Profile = defaultProfile();
  const report: ScoreReport = scoreProfile({ ...profile, age: 41, business: null });
  const band: Band = report.band;
  const score: number = report.score;

  const plain: Offers = offers(profile);
  const rules: ProductRules = defaultRules();
  rules.journey.raiseAfterCleanMonths = 3;
  const { journey: _dropped, ...withoutJourney } = rules;
  const custom: Offers = offers(profile, withoutJourney);
  const declined = custom.creditLoan.eligible ? null : custom.creditLoan.aprPrincipal;
  const micro = plain.microBusiness?.limit ?? "0.00";

  const list: Preset[] = presets();
  const shop = list.find((p) => p.id === "shopOwner");
  const journey: Journey = simulateJourney({
    profile: shop ? shop.profile : profile,
    rules,
    loan,
    months: [{ event: "onTime" }, { event: "late", daysLate: 12 }, { event: "missed" }],
  });
  const view = lenderView({ score: 650, borrowers: 1000, seed: 7 });
  const card = modelCard();

  // The lender's workbench: a population, a CSV, a portfolio, and a worker's share.
  const people: Profile[] = syntheticProfiles({ seed: 7, count: 100 });
  const read: CsvProfiles = profilesFromCsv(profilesToCsv(people));
  const problem: CsvWarningCode | undefined = read.warnings[0]?.code;
  const rowCode: RejectedRowCode | undefined = read.rejectedRows[0]?.code;
  const whole: Portfolio = portfolio({ profiles: read.profiles, rules: withoutJourney });
  const approval: string = whole.products.creditLoan.approvalRate;
  const apr: string | null = whole.products.microBusiness.averageApr;
  const excellent: number = whole.bands.excellent;
  const belowMinimum: number = whole.declineReasons.scoreBelowMinimum;
  const run = new PortfolioRun({ rules, scoredCsv: true });
  run.addSynthetic({ seed: 7, from: 100, count: 50 });
  run.pushCsv(new TextEncoder().encode("age\n41\n"));
  const counted: number = run.finishCsv();
  const scoredCsv: string = run.takeScoredCsv();
  const part: PortfolioPart = run.part();
  const merged: Portfolio = mergePortfolio({ parts: [part, run.part()], rules });
  const average: number | null = merged.averageScore;
  run.free();

  try {
    amortize({ ...loan, termMonths: 0 });
  } catch (e) {
    const errors: FieldError[] = (e as Error & { errors: FieldError[] }).errors;
    const code: FieldError["code"] = errors[0].code;
    void code;
  }

  // @ts-expect-error an unknown repayment method
  amortize({ ...loan, method: "weekly" });
  // @ts-expect-error a profile is required
  scoreProfile();
  // @ts-expect-error a score is a number
  const wrong: string = report.score;
  // @ts-expect-error journeys take known events only
  simulateJourney({ profile, loan, months: [{ event: "sleep" }] });
  // @ts-expect-error offers give no such product
  void plain.mortgage;
  // @ts-expect-error a seed is a number
  syntheticProfiles({ seed: "7", count: 10 });
  // @ts-expect-error a portfolio has no such product
  void whole.products.mortgage;
  // @ts-expect-error CSV problems have known codes
  const unknownCode: CsvWarningCode = "tooBig";

  return [
    firstPayment, String(due), String(fen), band, String(score), String(declined), micro,
    String(journey.months.length), view.price.apr, String(card.characteristics.length),
    reasonText("thinFile", "en"), reasonAction("thinFile", "zh"), version(), String(wrong),
    String(problem), String(rowCode), approval, String(apr), String(excellent), String(belowMinimum),
    String(counted), scoredCsv, String(average), unknownCode,
  ];
}
