#!/usr/bin/env python3
"""Independent cross-check of the loan mathematics (MONEY.md), in Python.

    pip install numpy-financial
    python3 scripts/crosscheck_loans.py                    # writes tests/data/crosscheck_loans.json
    python3 scripts/crosscheck_loans.py --golden tests/golden/money   # rewrites the golden plans

The payment of an equal-installment loan comes from numpy-financial's `pmt`, rounded half-up to the
fen; the APR is the root of numpy-financial's `npv` of the plan's cash flows (found by bisection,
since `irr` solves a degree-n polynomial and is slow for 360 periods), times 12, half-up to 4
places. The plans themselves come from `plan()` below, a separate reading of MONEY.md in Python's
decimal module, written without looking at the Rust code. Seeded, so the output is reproducible.
"""
import json
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
import calendar
import datetime
import numpy_financial as npf
getcontext().prec = 50
def r2(x): return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)
def addm(d, k):
    i = d.year*12 + d.month-1 + k; y, m = divmod(i, 12); m += 1
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
def plan(P, n, method, annual=None, daily=None, fee=None, accrual=None, start=None, prep=None):
    P = D(P); annualv = D(annual) if annual else (D(daily)*360 if daily else D(0))
    accrual = accrual or ('daily' if daily else 'monthly')
    dates = [addm(datetime.date.fromisoformat(start), k) for k in range(n+1)] if start else None
    def interest(b, a, z):
        if accrual == 'monthly': return r2(b*annualv*(z-a)/12)
        days = (dates[z]-dates[a]).days
        return r2(b*D(daily)*days) if daily else r2(b*annualv*days/360)
    r = annualv/12
    def annuity(b, m):
        if r == 0: return r2(b/m)
        x = (1+r)**m; return r2(b*r*x/(x-1))
    rows = []
    if method == 'bullet':
        i = interest(P, 0, n); rows.append(dict(period=n, principal=P, interest=i, fee=D(0), balance=D(0)))
    elif method == 'feeInstallment':
        tf = r2(P*D(fee)); pp = r2(P/n); fp = r2(tf/n); b = P; fl = tf
        for k in range(1, n+1):
            p = b if k == n else min(pp, b); f = fl if k == n else min(fp, fl)
            b -= p; fl -= f; rows.append(dict(period=k, principal=p, interest=D(0), fee=f, balance=b))
            if b == 0 and fl == 0: break
    else:
        b = P; lvl = annuity(P, n) if method == 'equalInstallment' else r2(P/n)
        for k in range(1, n+1):
            i = interest(b, k-1, k)
            if k == n: p = b
            elif method == 'equalInstallment': p = min(max(lvl-i, D(0)), b)
            elif method == 'equalPrincipal': p = min(lvl, b)
            else: p = D(0)
            b -= p; row = dict(period=k, principal=p, interest=i, fee=D(0), balance=b)
            if prep and prep['afterPeriod'] == k:
                a = b if prep['amount'] == 'all' else D(prep['amount'])
                b -= a; row['prepayment'] = a; row['balance'] = b
                if prep.get('mode') == 'reducePayment' and b != 0:
                    lvl = annuity(b, n-k) if method == 'equalInstallment' else r2(b/(n-k))
            rows.append(row)
            if b == 0: break
    for row in rows:
        row['payment'] = row['principal']+row['interest']+row['fee']
        if dates: row['dueDate'] = dates[row['period']].isoformat()
    flows = [0.0]*(rows[-1]['period']+1); flows[0] = -float(P)
    for row in rows: flows[row['period']] += float(row['payment'] + row.get('prepayment', 0))
    irr = float(npf.irr(flows)) if sum(flows) > 1e-9 else 0.0
    tot = lambda f: sum((row.get(f, D(0)) for row in rows), D(0))
    out = dict(rows=rows, totalPayment=tot('payment')+tot('prepayment') if any('prepayment' in x for x in rows) else tot('payment'),
               totalInterest=tot('interest'), totalFee=tot('fee'),
               apr=D(repr(irr*12)).quantize(D('0.0001'), ROUND_HALF_UP),
               effectiveAnnualRate=D(repr((1+irr)**12-1)).quantize(D('0.0001'), ROUND_HALF_UP))
    if prep:
        out['interestSaved'] = plan(P, n, method, annual, daily, fee, accrual, start)['totalInterest'] - out['totalInterest']
    return out


def irr_by_npv(flows):
    """The monthly IRR of flows (−P first), by bisection on numpy-financial's npv."""
    if sum(flows) <= 1e-9:
        return 0.0
    lo, hi = 0.0, 1.0
    while npf.npv(hi, flows) > 0:
        lo, hi = hi, hi * 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if npf.npv(mid, flows) > 0:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-15:
            break
    return (lo + hi) / 2
def fen(x): return str(r2(D(x)))
def rate(x): 
    s = format(D(x).normalize(), 'f'); return s
def to_json(s, inp):
    rows = []
    for r in s['rows']:
        o = {'period': r['period']}
        if 'dueDate' in r: o['dueDate'] = r['dueDate']
        for f in ['payment','principal','interest','fee','balance']: o[f] = fen(r[f])
        if 'prepayment' in r: o['prepayment'] = fen(r['prepayment'])
        rows.append(o)
    out = {'rows': rows}
    for f in ['totalPayment','totalInterest','totalFee']: out[f] = fen(s[f])
    out['apr'] = str(s['apr']); out['effectiveAnnualRate'] = str(s['effectiveAnnualRate'])
    n = inp['termMonths']
    if inp['method'] == 'feeInstallment':
        sar = (D(inp['feeRate'])*12/n).quantize(D('1e-28'))
    elif 'annualRate' in inp: sar = D(inp['annualRate'])
    else: sar = D(inp['dailyRate'])*360
    out['simpleAnnualRate'] = rate(sar)
    if 'interestSaved' in s: out['interestSaved'] = fen(s['interestSaved'])
    return out
def case(name, note, **inp):
    kw = dict(P=inp['principal'], n=inp['termMonths'], method=inp['method'], annual=inp.get('annualRate'),
              daily=inp.get('dailyRate'), fee=inp.get('feeRate'), accrual=inp.get('accrual'),
              start=inp.get('startDate'), prep=inp.get('prepayment'))
    return {'name': name, 'note': note, 'input': inp, 'expect': to_json(plan(**kw), inp)}


def golden(directory):
    os.makedirs(directory, exist_ok=True)
    files = {
     'mortgage.json': [
      case('equal installment 1,000,000 at 4.9 % over 360 months', 'pays 5307.27 a month', principal='1000000', termMonths=360, method='equalInstallment', annualRate='0.049'),
      case('equal principal 1,000,000 at 4.9 % over 360 months', 'first payment 6861.11', principal='1000000', termMonths=360, method='equalPrincipal', annualRate='0.049'),
      case('equal installment with due dates', 'dates from 2024-01-31, clamped to month ends', principal='1000000', termMonths=360, method='equalInstallment', annualRate='0.049', startDate='2024-01-31'),
      case('interest first 200,000 at 6 % over 24 months', '', principal='200000', termMonths=24, method='interestFirst', annualRate='0.06'),
      case('bullet 50,000 at 7.2 % over 6 months, monthly', '', principal='50000', termMonths=6, method='bullet', annualRate='0.072'),
      case('zero rate equal installment', 'A = round2(P / n)', principal='1000', termMonths=7, method='equalInstallment', annualRate='0'),
      case('100 % a year over 360 months', 'the largest growth factor within the limits', principal='100000000', termMonths=360, method='equalInstallment', annualRate='1'),
     ],
     'fee_table.json': [
      case(f'credit-line fee {f} for {n} periods', 'APR by IRR, checked with numpy-financial rate()', principal='10000', termMonths=n, method='feeInstallment', feeRate=f)
      for n, f in [(3,'0.025'),(6,'0.045'),(9,'0.065'),(12,'0.088')]
     ] + [case('credit-line fee 8.8 % for 12 periods on 6,000', '', principal='6000', termMonths=12, method='feeInstallment', feeRate='0.088')],
     'daily_accrual.json': [
      case('daily rate 0.05 % from 2024-01-31, equal installment', 'days 29 (to Feb 29), 31, 30, ...', principal='10000', termMonths=12, method='equalInstallment', dailyRate='0.0005', startDate='2024-01-31'),
      case('daily rate 0.05 % from 2023-01-31, equal installment', 'no leap day: 28 days to Feb 28', principal='10000', termMonths=12, method='equalInstallment', dailyRate='0.0005', startDate='2023-01-31'),
      case('annual 18 % accrued daily from 2024-01-31, equal principal', 'daily = annual / 360', principal='36000', termMonths=6, method='equalPrincipal', annualRate='0.18', accrual='daily', startDate='2024-01-31'),
      case('interest first accrued daily across 29 February', '', principal='100000', termMonths=3, method='interestFirst', dailyRate='0.0002', startDate='2024-01-29'),
      case('bullet accrued daily over a leap February', '', principal='20000', termMonths=2, method='bullet', dailyRate='0.0004', startDate='2024-01-31'),
      case('daily rate with monthly accrual and no dates', '', principal='5000', termMonths=6, method='equalInstallment', dailyRate='0.0003', accrual='monthly'),
     ],
     'prepayment.json': [
      case('equal installment, 100,000 prepaid after 12, reduce payment', '', principal='1000000', termMonths=360, method='equalInstallment', annualRate='0.049', prepayment={'afterPeriod': 12, 'amount': '100000', 'mode': 'reducePayment'}),
      case('equal installment, 100,000 prepaid after 12, shorten term', '', principal='1000000', termMonths=360, method='equalInstallment', annualRate='0.049', prepayment={'afterPeriod': 12, 'amount': '100000', 'mode': 'shortenTerm'}),
      case('equal principal, 50,000 prepaid after 6, reduce payment', '', principal='300000', termMonths=60, method='equalPrincipal', annualRate='0.045', prepayment={'afterPeriod': 6, 'amount': '50000', 'mode': 'reducePayment'}),
      case('equal principal, 50,000 prepaid after 6, shorten term', '', principal='300000', termMonths=60, method='equalPrincipal', annualRate='0.045', prepayment={'afterPeriod': 6, 'amount': '50000', 'mode': 'shortenTerm'}),
      case('interest first, 40,000 prepaid after 3', 'both modes are the same', principal='100000', termMonths=12, method='interestFirst', annualRate='0.08', prepayment={'afterPeriod': 3, 'amount': '40000', 'mode': 'shortenTerm'}),
      case('equal installment, all prepaid after 5', 'the plan ends at row 5', principal='50000', termMonths=12, method='equalInstallment', dailyRate='0.0004', startDate='2024-01-31', prepayment={'afterPeriod': 5, 'amount': 'all', 'mode': 'reducePayment'}),
      case('equal principal, all prepaid after 1, no mode', '', principal='1200', termMonths=12, method='equalPrincipal', annualRate='0.12', prepayment={'afterPeriod': 1, 'amount': 'all'}),
     ],
    }
    for name, cases in files.items():
        with open(os.path.join(directory, name), 'w') as fh:
            parts = []
            for c in cases:
                e = dict(c['expect']); rows = e.pop('rows')
                body = ',\n'.join('   ' + json.dumps(r, ensure_ascii=False) for r in rows)
                head = json.dumps({k: c[k] for k in ('name', 'note', 'input')}, ensure_ascii=False)[:-1]
                tail = json.dumps(e, ensure_ascii=False)[1:]
                parts.append(f' {head},\n  "expect": {{"rows": [\n{body}\n  ],\n  {tail}}}')
            fh.write('[\n' + ',\n'.join(parts) + '\n]\n')


def near_half(x, places):
    """True when x sits so close to a rounding midpoint that float error could flip it."""
    scaled = abs(x) * 10 ** places
    return abs(scaled - int(scaled) - 0.5) < 1e-6


def crosscheck(path, count=300, seed=20240229):
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        method = rng.choice(['equalInstallment', 'equalInstallment', 'equalPrincipal', 'interestFirst',
                             'bullet', 'feeInstallment'])
        principal = D(rng.randint(100_00, 5_000_000_00)) / 100
        n = rng.choice([1, 2, 3, 6, 9, 12, 18, 24, 36, 60, 120, 240, 360, rng.randint(1, 360)])
        inp = {'principal': str(principal), 'termMonths': n, 'method': method}
        if method == 'feeInstallment':
            inp['feeRate'] = str(D(rng.randint(0, 3000)) / 10000)
        else:
            inp['annualRate'] = str(D(rng.randint(0, 3600)) / 10000)
        s = plan(principal, n, method, annual=inp.get('annualRate'), fee=inp.get('feeRate'))
        flows = [0.0] * (s['rows'][-1]['period'] + 1)
        flows[0] = -float(principal)
        for row in s['rows']:
            flows[row['period']] += float(row['payment'])
        i = irr_by_npv(flows)
        if near_half(i * 12, 4):
            continue
        entry = {'input': inp, 'apr': str(D(repr(i * 12)).quantize(D('0.0001'), ROUND_HALF_UP))}
        if method == 'equalInstallment':
            r = float(inp['annualRate']) / 12
            pmt = float(npf.pmt(r, n, -float(principal))) if r else float(principal) / n
            if near_half(pmt, 2):
                continue
            entry['payment'] = str(D(repr(pmt)).quantize(D('0.01'), ROUND_HALF_UP))
        else:
            entry['payment'] = fen(s['rows'][0]['payment'])
        out.append(entry)
    with open(path, 'w') as fh:
        fh.write('[\n' + ',\n'.join(json.dumps(e) for e in out) + '\n]\n')


if __name__ == '__main__':
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    if len(sys.argv) == 3 and sys.argv[1] == '--golden':
        golden(sys.argv[2])
    else:
        crosscheck(os.path.join(root, 'tests', 'data', 'crosscheck_loans.json'))
