// Type-checks an embedding page's use of the JS API against the generated credit_sim.d.ts
// (scripts/check-dts copies this next to it and runs tsc --strict). Never run, only checked:
// each `@ts-expect-error` fails the check if the types it guards were loosened to `any`.
import init, {
  amortize, amortizeColumns, calculatorTotalInterest, checkQuote, defaultProfile, defaultRules,
  lenderView, mergePortfolio, modelCard, offers, planToTarget, portfolio, PortfolioRun, presets,
  profilesFromCsv, profilesToCsv, reasonAction, reasonText, revolve, scoreProfile,
  simulateJourney, syntheticProfiles, version,
} from "./credit_sim.js";
import type {
  Band, CsvProfiles, CsvWarningCode, FieldError, Journey, LoanInput, Offers, Portfolio,
  PortfolioPart, Preset, Profile, ProductRules, QuoteCheck, QuoteInput, RejectedRowCode,
  Revolving, RevolvingInput, Schedule, ScoreReport, TargetPlan, TargetStep,
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
  const price: string | null = journey.months[0].dailyRate;

  // The borrower's tools: pay off on any day, a bank calculator's total, a quote, a statement,
  // a goal.
  const daily: LoanInput = {
    principal: "10000", termMonths: 12, method: "equalInstallment", dailyRate: "0.0005",
    startDate: "2024-01-31", prepayment: { onDate: "2024-04-15", amount: "all" },
  };
  const paidOff: Schedule = amortize(daily);
  const aprOrNull: string | null = paidOff.apr;
  const bankTotal: string | null = calculatorTotalInterest(loan);
  const card6: QuoteInput = { principal: "12000", periods: 12, quote: { kind: "feePerPeriod", feeRate: "0.006" } };
  const quoted: QuoteCheck = checkQuote(card6);
  const kept = checkQuote({
    principal: 10000, periods: 12, startDate: "2024-03-15", upfrontFee: "500", feePerPeriod: 30,
    quote: { kind: "decliningRate", annualRate: "0.12", method: "equalPrincipal" },
  });
  const dueDate: string | undefined = kept.payments[0].dueDate;
  const statement: RevolvingInput = { statement: "10000", startDate: "2024-01-10", minimumShare: "0.1" };
  const trap: Revolving = revolve({ ...statement, maxMonths: 120 });
  const paid: boolean = trap.paidOff && !trap.neverRepaid;
  const goal: TargetPlan = planToTarget({ profile, target: { product: "carHire" }, horizonMonths: 36 });
  const step: TargetStep | undefined = goal.steps.find((s) => s.when === "now");
  const toScore = planToTarget({ profile, target: { score: 720 }, rules: null });

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
  // @ts-expect-error a quote names its kind
  checkQuote({ principal: "100", periods: 1, quote: { payment: "110" } });
  // @ts-expect-error onDate pays everything off: only "all"
  amortize({ ...daily, prepayment: { onDate: "2024-04-15", amount: "500" } });
  // @ts-expect-error a target is a score or a product
  planToTarget({ profile, target: { product: "mortgage" } });
  // @ts-expect-error a revolving statement needs its date
  revolve({ statement: "100" });
  // @ts-expect-error a plan's steps are now or over time
  const soon: TargetStep["when"] = "soon";
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
    String(price), String(aprOrNull), String(bankTotal), quoted.apr, quoted.legal.rate,
    String(dueDate), String(paid), String(trap.apr), String(step?.scoreGain),
    String(toScore.reachable), String(goal.timeline.length), String(soon),
    String(problem), String(rowCode), approval, String(apr), String(excellent), String(belowMinimum),
    String(counted), scoredCsv, String(average), unknownCode,
  ];
}
