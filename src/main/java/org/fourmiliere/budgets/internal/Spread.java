package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreading a yearly or quarterly amount over its months, to the cent, the months summing exactly to the amount:
 * evenly (the leftover cents to the first months) or by a profile (last year's actual per month; an all-zero or
 * mixed-sign profile falls back on even).
 */
public final class Spread {

    private Spread() {}

    public static List<BigDecimal> evenly(BigDecimal amount, int months) {
        if (months <= 0) throw new IllegalArgumentException("months");
        long cents = Evaluation.cents(amount).movePointRight(2).longValueExact();
        long base = cents / months, left = cents - base * months;
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            long c = base;
            if (left > 0 && i < left) c++;
            if (left < 0 && i < -left) c--;
            out.add(BigDecimal.valueOf(c, 2));
        }
        return out;
    }

    public static List<BigDecimal> byProfile(BigDecimal amount, List<BigDecimal> profile) {
        BigDecimal total = BigDecimal.ZERO;
        boolean neg = false, pos = false;
        for (BigDecimal p : profile) {
            total = total.add(p);
            if (p.signum() < 0) neg = true;
            if (p.signum() > 0) pos = true;
        }
        if (total.signum() == 0 || (neg && pos)) return evenly(amount, profile.size());
        long cents = Evaluation.cents(amount).movePointRight(2).longValueExact();
        long[] out = new long[profile.size()];
        long given = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = BigDecimal.valueOf(cents).multiply(profile.get(i)).divide(total, 0, RoundingMode.DOWN).longValue();
            given += out[i];
        }
        // the cents left over go to the largest months of the profile, in order
        long left = cents - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.length; i++) order.add(i);
        order.sort((a, b) -> profile.get(b).abs().compareTo(profile.get(a).abs()));
        for (int k = 0; left != 0; k = (k + 1) % out.length) {
            int i = order.get(k);
            long step = left > 0 ? 1 : -1;
            out[i] += step;
            left -= step;
        }
        List<BigDecimal> res = new ArrayList<>();
        for (long c : out) res.add(BigDecimal.valueOf(c, 2));
        return res;
    }
}
