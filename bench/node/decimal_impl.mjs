//! MONEY.md's rules written with decimal.js, as the "exact arithmetic in plain JavaScript" peer of
//! the benchmark: equalInstallment, equalPrincipal and interestFirst with monthly accrual, no
//! prepayment, and the same totals, `apr` and `effectiveAnnualRate`. Runs in Node and in the
//! browser (pass it the Decimal constructor). Not part of the product: it checks and times it.

/**
 * Returns `amortizeDecimal(loan)` for a decimal.js constructor. `loan` is API.md's LoanInput
 * (principal and annualRate as strings); the answer has the shape of API.md's Schedule.
 */
export function makeDecimalImpl(DecimalBase) {
  // Enough digits that every intermediate is exact or far finer than a fen, like rust_decimal.
  const D = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
  const ZERO = new D(0);
  const ONE = new D(1);
  const TWELVE = new D(12);
  const round2 = (x) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
  const round4 = (x) => x.toDecimalPlaces(4, D.ROUND_HALF_UP);

  function annuity(balance, monthly, periods) {
    if (monthly.isZero()) return round2(balance.div(periods));
    const growth = ONE.plus(monthly).pow(periods);
    return round2(balance.times(monthly).times(growth).div(growth.minus(ONE)));
  }

  /** Monthly IRR of −principal at 0 and flows[k-1] at month k: Newton from `guess`. */
  function monthlyIrr(principal, flows, guess) {
    const total = flows.reduce((s, a) => s.plus(a), ZERO);
    if (total.lte(principal)) return ZERO;
    let rate = guess.gt(0) ? guess : total.div(principal).minus(ONE).div(flows.length);
    for (let iter = 0; iter < 100; iter++) {
      const v = ONE.div(ONE.plus(rate));
      // Horner over v: s = Σ a_k v^k, d = dS/dv.
      let s = ZERO;
      let d = ZERO;
      for (let k = flows.length - 1; k >= 0; k--) {
        const t = s.plus(flows[k]);
        d = d.times(v).plus(t);
        s = t.times(v);
      }
      const npv = s.minus(principal);
      const slope = d.times(v).times(v).neg(); // dNPV/di = −v² dS/dv
      if (slope.isZero()) break;
      const step = npv.div(slope);
      rate = rate.minus(step);
      if (step.abs().lt("1e-18")) break;
    }
    return rate;
  }

  return function amortizeDecimal(loan) {
    const principal = new D(loan.principal);
    const n = loan.termMonths;
    const annual = new D(loan.annualRate);
    const monthly = annual.div(TWELVE);
    let level = ZERO;
    if (loan.method === "equalInstallment") level = annuity(principal, monthly, n);
    else if (loan.method === "equalPrincipal") level = round2(principal.div(n));
    else if (loan.method !== "interestFirst") throw new Error(`not in the benchmark: ${loan.method}`);
    const rows = [];
    const flows = [];
    let balance = principal;
    let totalPayment = ZERO;
    let totalInterest = ZERO;
    for (let k = 1; k <= n; k++) {
      const interest = round2(balance.times(annual).div(TWELVE));
      let paid;
      if (k === n) paid = balance;
      else {
        let scheduled = ZERO;
        if (loan.method === "equalInstallment") scheduled = D.max(level.minus(interest), ZERO);
        else if (loan.method === "equalPrincipal") scheduled = level;
        paid = D.min(scheduled, balance);
      }
      balance = balance.minus(paid);
      const payment = paid.plus(interest);
      totalPayment = totalPayment.plus(payment);
      totalInterest = totalInterest.plus(interest);
      flows.push(payment);
      rows.push({
        period: k,
        payment: payment.toFixed(2),
        principal: paid.toFixed(2),
        interest: interest.toFixed(2),
        fee: "0.00",
        balance: balance.toFixed(2),
      });
      if (balance.isZero()) break;
    }
    const irr = monthlyIrr(principal, flows, monthly);
    return {
      rows,
      totalPayment: totalPayment.toFixed(2),
      totalInterest: totalInterest.toFixed(2),
      totalFee: "0.00",
      apr: round4(irr.times(TWELVE)).toFixed(4),
      effectiveAnnualRate: round4(ONE.plus(irr).pow(12).minus(ONE)).toFixed(4),
      simpleAnnualRate: annual.toString(),
    };
  };
}
