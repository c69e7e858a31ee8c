// Type-checks an embedding page's use of the JS API against the generated credit_sim.d.ts
// (scripts/check-dts copies this next to it and runs tsc --strict). Never run, only checked:
// each `@ts-expect-error` fails the check if the types it guards were loosened to `any`.
import init, {
  amortize, amortizeColumns, defaultProfile, defaultRules, lenderView, modelCard, offers,
  presets, reasonAction, reasonText, scoreProfile, simulateJourney, version,
} from "./credit_sim.js";
import type {
  Band, FieldError, Journey, LoanInput, Offers, Preset, Profile, ProductRules, Schedule,
  ScoreReport,
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

  return [
    firstPayment, String(due), String(fen), band, String(score), String(declined), micro,
    String(journey.months.length), view.price.apr, String(card.characteristics.length),
    reasonText("thinFile", "en"), reasonAction("thinFile", "zh"), version(), String(wrong),
  ];
}
