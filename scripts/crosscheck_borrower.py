#!/usr/bin/env python3
"""Independent reference of the borrower's tools (MONEY.md: paying off on any day, the bank
calculator's totals, checking a quote, revolving credit), in Python's decimal module, written from
the rules and not from the Rust code. It writes the golden cases the Rust tests compare with:

    python3 scripts/crosscheck_borrower.py        # rewrites the files listed in FILES

The APR is the root of the net present value of the cash flows, found by bisection on 60-digit
decimals (no numpy), times 12, half-up to 4 places.
"""
import calendar
import datetime
import json
import os
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def r4(x):
    return x.quantize(D("0.0001"), rounding=ROUND_HALF_UP)


def fen(x):
    return str(r2(x))


def add_months(d, k):
    i = d.year * 12 + d.month - 1 + k
    y, m = divmod(i, 12)
    m += 1
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def monthly_irr(principal, flows):
    """The rate i with -principal + sum(a / (1+i)^k) = 0, flows [(k, a)], total >= principal."""
    total = sum(a for _, a in flows)
    if total == principal:
        return D(0)

    def npv(i):
        return -principal + sum(a / (1 + i) ** k for k, a in flows)

    lo, hi = D(0), D(1)
    while npv(hi) > 0:
        lo, hi = hi, hi * 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if npv(mid) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def rates(principal, flows):
    i = monthly_irr(principal, flows)
    apr = r4(i * 12)
    ear = r4((1 + i) ** 12 - 1)
    return f"{apr:.4f}", f"{ear:.4f}"


# Loans with daily accrual (MONEY.md "Accrual", "Methods"), and the payoff on any day.
def daily_plan(P, n, method, daily=None, annual=None, start=None):
    P = D(P)
    annualv = D(annual) if annual else D(daily) * 360
    s = datetime.date.fromisoformat(start)
    dates = [add_months(s, k) for k in range(n + 1)]

    def interest(b, a, z):
        days = (z - a).days
        return r2(b * D(daily) * days) if daily else r2(b * annualv * days / 360)

    r = annualv / 12
    if method == "equalInstallment":
        x = (1 + r) ** n
        level = r2(P * r * x / (x - 1)) if r else r2(P / n)
    else:
        level = r2(P / n)
    rows, b = [], P
    for k in range(1, n + 1):
        i = interest(b, dates[k - 1], dates[k])
        if k == n:
            p = b
        elif method == "equalInstallment":
            p = min(max(level - i, D(0)), b)
        elif method == "equalPrincipal":
            p = min(level, b)
        else:
            p = D(0)
        b -= p
        rows.append(dict(period=k, dueDate=dates[k], principal=p, interest=i, balance=b))
        if b == 0:
            break
    return rows, dates, interest


def payoff_case(name, loan, on):
    rows, dates, interest = daily_plan(
        loan["principal"], loan["termMonths"], loan["method"], loan.get("dailyRate"),
        loan.get("annualRate"), loan["startDate"])
    day = datetime.date.fromisoformat(on)
    k = next(r["period"] for r in rows if r["dueDate"] >= day)
    full_interest = sum(r["interest"] for r in rows)
    kept = [dict(r) for r in rows[: k - 1]]
    before = kept[-1]["balance"] if kept else D(loan["principal"])
    since = kept[-1]["dueDate"] if kept else dates[0]
    if rows[k - 1]["dueDate"] == day:
        last = dict(rows[k - 1])
        last["prepayment"] = last["balance"]
        last["balance"] = D(0)
        kept.append(last)
        on_due_date = True
    else:
        i = interest(before, since, day)
        kept.append(dict(period=k, dueDate=day, principal=D(0), interest=i, balance=D(0),
                         prepayment=before))
        on_due_date = False
    out_rows = []
    for r in kept:
        row = {"period": r["period"], "dueDate": r["dueDate"].isoformat(),
               "payment": fen(r["principal"] + r["interest"]), "principal": fen(r["principal"]),
               "interest": fen(r["interest"]), "fee": "0.00", "balance": fen(r["balance"])}
        if "prepayment" in r:
            row["prepayment"] = fen(r["prepayment"])
        out_rows.append(row)
    total_interest = sum(r["interest"] for r in kept)
    total_payment = sum(r["principal"] + r["interest"] + r.get("prepayment", D(0)) for r in kept)
    if on_due_date:
        flows = [(r["period"], r["principal"] + r["interest"] + r.get("prepayment", D(0)))
                 for r in kept]
        apr, ear = rates(D(loan["principal"]), flows)
    else:
        apr, ear = None, None
    simple = D(loan["dailyRate"]) * 360 if "dailyRate" in loan else D(loan["annualRate"])
    expect = {"rows": out_rows, "totalPayment": fen(total_payment),
              "totalInterest": fen(total_interest), "totalFee": "0.00", "apr": apr,
              "effectiveAnnualRate": ear, "simpleAnnualRate": str(simple.normalize()),
              "interestSaved": fen(full_interest - total_interest)}
    loan = dict(loan, prepayment={"onDate": on, "amount": "all"})
    return {"name": name, "input": loan, "expect": expect}


def payoff_cases():
    credit = {"principal": "10000", "termMonths": 12, "method": "equalInstallment",
              "dailyRate": "0.0005", "startDate": "2024-01-31"}
    return [
        payoff_case("equal installments, paid off between the 2nd and 3rd due dates", credit,
                    "2024-04-15"),
        payoff_case("equal installments, paid off 10 days after the draw", credit, "2024-02-10"),
        payoff_case("equal installments, paid off on the 2nd due date", credit, "2024-03-31"),
        payoff_case("interest first at 0.03 % a day, paid off after five months and a half",
                    {"principal": "50000", "termMonths": 12, "method": "interestFirst",
                     "dailyRate": "0.0003", "startDate": "2024-05-20"}, "2024-11-05"),
        payoff_case("equal principal, annual rate accrued daily, paid off the day before the last "
                    "due date",
                    {"principal": "36000", "termMonths": 6, "method": "equalPrincipal",
                     "annualRate": "0.108", "accrual": "daily", "startDate": "2023-11-30"},
                    "2024-05-29"),
    ]


# The bank calculator's total interest (unrounded formula, rounded once) against the schedule's.
def monthly_total_interest(P, n, method, annual):
    P, r = D(P), D(annual) / 12
    if method == "equalInstallment":
        x = (1 + r) ** n
        level = r2(P * r * x / (x - 1)) if r else r2(P / n)
    else:
        level = r2(P / n)
    b, total = P, D(0)
    for k in range(1, n + 1):
        i = r2(b * D(annual) / 12)
        if k == n:
            p = b
        elif method == "equalInstallment":
            p = min(max(level - i, D(0)), b)
        else:
            p = min(level, b)
        b -= p
        total += i
        if b == 0:
            break
    return total


def calculator_interest(P, n, method, annual):
    P, r = D(P), D(annual) / 12
    if method == "equalInstallment":
        if r == 0:
            return D(0)
        x = (1 + r) ** n
        return r2(P * r * x / (x - 1) * n - P)
    return r2(P * r * (n + 1) / 2)


def calculator_cases():
    out = []
    for P, n, annual in [("1000000", 360, "0.049"), ("500000", 240, "0.031"),
                         ("300000", 120, "0.042"), ("876543.21", 300, "0.0365")]:
        for method in ["equalInstallment", "equalPrincipal"]:
            loan = {"principal": P, "termMonths": n, "method": method, "annualRate": annual}
            out.append({"name": f"{method}, {P} at {annual} over {n} months", "input": loan,
                        "expect": {"calculatorTotalInterest": fen(calculator_interest(
                            P, n, method, annual)),
                            "totalInterest": fen(monthly_total_interest(P, n, method, annual))}})
    return out


# Checking a quote (MONEY.md "Checking a quote").
def split(total, n):
    part, left, parts = r2(total / n), total, []
    for k in range(1, n + 1):
        this = left if k == n else min(part, left)
        left -= this
        parts.append(this)
    return parts


def plan_payments(P, n, method, annual=None, daily=None, accrual=None, start=None):
    """(period, payment) of the loan's schedule, monthly or daily accrual."""
    P = D(P)
    annualv = D(annual) if annual is not None else D(daily) * 360
    accrual = accrual or ("daily" if daily is not None else "monthly")
    dates = ([add_months(datetime.date.fromisoformat(start), k) for k in range(n + 1)]
             if start else None)

    def interest(b, a, z):
        if accrual == "monthly":
            return r2(b * annualv * (z - a) / 12)
        days = (dates[z] - dates[a]).days
        return r2(b * D(daily) * days) if daily is not None else r2(b * annualv * days / 360)

    if method == "bullet":
        return [(n, P + interest(P, 0, n))]
    r = annualv / 12
    if method == "equalInstallment":
        x = (1 + r) ** n
        level = r2(P * r * x / (x - 1)) if r else r2(P / n)
    else:
        level = r2(P / n)
    out, b = [], P
    for k in range(1, n + 1):
        i = interest(b, k - 1, k)
        if k == n:
            p = b
        elif method == "equalInstallment":
            p = min(max(level - i, D(0)), b)
        elif method == "equalPrincipal":
            p = min(level, b)
        else:
            p = D(0)
        b -= p
        out.append((k, p + i))
        if b == 0:
            break
    return out


def quote_case(name, q):
    P, n = D(q["principal"]), q["periods"]
    quote = q["quote"]
    kind = quote["kind"]
    if kind == "installment":
        A = D(quote["payment"])
        last = D(quote.get("lastPayment", quote["payment"]))
        flows = [(k, last if k == n else A) for k in range(1, n + 1)]
    elif kind == "decliningRate":
        rate = {}
        if "monthlyRate" in quote:
            rate["annual"] = str(D(quote["monthlyRate"]) * 12)
        elif "annualRate" in quote:
            rate["annual"] = quote["annualRate"]
        else:
            rate["daily"] = quote["dailyRate"]
        flows = plan_payments(P, n, quote.get("method", "equalInstallment"),
                              accrual=quote.get("accrual"), start=q.get("startDate"), **rate)
    else:
        if kind == "feePerPeriod":
            extra = [r2(P * D(quote["feeRate"]))] * n
        elif kind == "totalFee":
            total = D(quote["fee"]) if "fee" in quote else r2(P * D(quote["feeRate"]))
            extra = split(total, n)
        else:
            monthly = D(quote["monthlyRate"]) if "monthlyRate" in quote else None
            extra = [r2(P * monthly) if monthly is not None else r2(P * D(quote["annualRate"]) / 12)] * n
        flows = [(k, p + f) for k, (p, f) in enumerate(zip(split(P, n), extra), start=1)]
    per = D(q.get("feePerPeriod", "0"))
    flows = [(k, a + per) for k, a in flows]
    R = P - D(q.get("upfrontFee", "0"))
    total = sum(a for _, a in flows)
    apr, ear = rates(R, flows)
    naive = r4((total - R) / R * 12 / n)
    start = datetime.date.fromisoformat(q["startDate"]) if "startDate" in q else None
    payments = []
    for k, a in flows:
        row = {"period": k}
        if start:
            row["dueDate"] = add_months(start, k).isoformat()
        row["amount"] = fen(a)
        payments.append(row)
    aprd = D(apr)
    four = D("0.12")
    legal = {"rate": str(aprd.normalize()), "above24Pct": aprd > D("0.24"),
             "above36Pct": aprd > D("0.36"), "fourLpr": "0.12", "aboveFourLpr": aprd > four}
    expect = {"received": fen(R), "payments": payments, "totalPayment": fen(total),
              "totalCost": fen(total - R), "apr": apr, "effectiveAnnualRate": ear,
              "naiveAnnualRate": f"{naive:.4f}", "legal": legal}
    return {"name": name, "input": q, "expect": expect}


def quote_cases():
    return [
        quote_case("card instalment: 0.6 % a month for 12 periods (about 13.0 % a year)",
                   {"principal": "12000", "periods": 12,
                    "quote": {"kind": "feePerPeriod", "feeRate": "0.006"}}),
        quote_case("credit line: 8.8 % for 12 periods (about 15.9 % a year)",
                   {"principal": "6000", "periods": 12,
                    "quote": {"kind": "totalFee", "feeRate": "0.088"}}),
        quote_case("12 % a year on the declining balance, 500 kept back and 30 a month of "
                   "insurance, dated",
                   {"principal": "10000", "periods": 12, "startDate": "2024-03-15",
                    "upfrontFee": "500", "feePerPeriod": "30",
                    "quote": {"kind": "decliningRate", "annualRate": "0.12"}}),
        quote_case("月息 0.8 %: flat interest on the original principal for 24 months",
                   {"principal": "50000", "periods": 24,
                    "quote": {"kind": "flatRate", "monthlyRate": "0.008"}}),
        quote_case("repay 888 a month for 12 months on 10,000",
                   {"principal": "10000", "periods": 12,
                    "quote": {"kind": "installment", "payment": "888"}}),
        quote_case("0.05 % a day, equal principal, daily accrual from 2024-01-31",
                   {"principal": "10000", "periods": 12, "startDate": "2024-01-31",
                    "quote": {"kind": "decliningRate", "dailyRate": "0.0005",
                              "method": "equalPrincipal"}}),
        quote_case("a 300 fee on 3,000 over 6 periods, 200 membership fee kept back",
                   {"principal": "3000", "periods": 6, "upfrontFee": "200",
                    "quote": {"kind": "totalFee", "fee": "300"}}),
        quote_case("the most a quote may ask: 100 times what is received, after one month",
                   {"principal": "100", "periods": 1,
                    "quote": {"kind": "installment", "payment": "10000"}}),
    ]


# Revolving credit and the minimum payment (MONEY.md).
def revolve_case(name, q):
    S = D(q["statement"])
    start = datetime.date.fromisoformat(q["startDate"])
    d = D(q.get("dailyRate", "0.0005"))
    fixed = D(q["monthlyPayment"]) if "monthlyPayment" in q else None
    share, floor = D(q.get("minimumShare", "0.1")), D(q.get("minimumFloor", "100"))
    rows, interest, paid_off, never = [], D(0), False, False
    for j in range(1, q.get("maxMonths", 360) + 1):
        date = add_months(start, j - 1)
        due = fixed if fixed is not None else max(r2(share * S), floor)
        pay = S if S <= due else due
        unpaid = S - pay
        rows.append({"month": j, "statementDate": date.isoformat(), "statement": fen(S),
                     "payment": fen(pay), "interest": fen(interest), "unpaid": fen(unpaid),
                     "_pay": pay, "_interest": interest})
        if unpaid == 0:
            paid_off = True
            break
        nxt = r2(unpaid * d * (add_months(start, j) - date).days)
        if nxt >= pay:
            never = True
            break
        S, interest = unpaid + nxt, nxt
    apr, ear = (rates(D(q["statement"]), [(r["month"], r["_pay"]) for r in rows])
                if paid_off else (None, None))
    expect = {"rows": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows],
              "months": len(rows), "totalPaid": fen(sum(r["_pay"] for r in rows)),
              "totalInterest": fen(sum(r["_interest"] for r in rows)), "paidOff": paid_off,
              "neverRepaid": never, "apr": apr, "effectiveAnnualRate": ear}
    return {"name": name, "input": q, "expect": expect}


def revolving_cases():
    return [
        revolve_case("10,000 paid by the minimum (10 %, at least 100) at 0.05 % a day: paid off",
                     {"statement": "10000", "startDate": "2024-01-10"}),
        revolve_case("10,000 paid 50 a month: the interest is more, never repaid",
                     {"statement": "10000", "startDate": "2024-01-10", "monthlyPayment": "50"}),
        revolve_case("10,000 paid 1,000 a month from a month end",
                     {"statement": "10000", "startDate": "2024-01-31", "monthlyPayment": "1000"}),
        revolve_case("5 % minimum, at least 50, cut short after 24 months",
                     {"statement": "20000", "startDate": "2023-12-05", "minimumShare": "0.05",
                      "minimumFloor": "50", "maxMonths": 24}),
        revolve_case("a 1 % minimum with no floor at 0.05 % a day: the interest outgrows it",
                     {"statement": "8000", "startDate": "2024-02-01", "minimumShare": "0.01",
                      "minimumFloor": "0"}),
        revolve_case("a 2 % minimum with no floor: still owed after 360 months",
                     {"statement": "8000", "startDate": "2024-02-01", "minimumShare": "0.02",
                      "minimumFloor": "0"}),
    ]


FILES = {
    "tests/golden/money/payoff.json": payoff_cases,
    "tests/golden/money/calculator.json": calculator_cases,
    "tests/golden/quote/quotes.json": quote_cases,
    "tests/golden/revolving/statements.json": revolving_cases,
}


def dumps(value, indent=""):
    """JSON with one line per row: a list of flat objects is written one object a line."""
    inner = indent + " "
    flat = lambda v: not isinstance(v, (dict, list))
    if isinstance(value, list) and value and all(
            isinstance(v, dict) and all(flat(x) for x in v.values()) for v in value):
        rows = (inner + json.dumps(v, ensure_ascii=False) for v in value)
        return "[\n" + ",\n".join(rows) + "\n" + indent + "]"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in value) + "\n" + indent + "]"
    if isinstance(value, dict) and value:
        items = (f"{inner}{json.dumps(k)}: {dumps(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    return json.dumps(value, ensure_ascii=False)


def main():
    for rel, make in FILES.items():
        path = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(dumps(make()) + "\n")
        print("wrote", rel)


if __name__ == "__main__":
    main()
