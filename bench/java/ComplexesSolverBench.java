import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem;
import org.fourmiliere.complexes.internal.solver.AssignmentProblem.Ability;
import org.fourmiliere.complexes.internal.solver.AssignmentScore;
import org.fourmiliere.complexes.internal.solver.AssignmentSolver;

/**
 * The assignment solver on 50 workers × 400 tasks (docs/benchmarks.md, "Job complexes"). Run by bench/complexes.sh.
 * One deterministic instance: tasks of 1 to 4 blocks of 4 h, each doable by 3 to 6 workers and learnable by 1 or 2
 * more, a quarter of them least desirable; workers with 30 % more available blocks than needed, a past window, a
 * few wishes; today's assignment given to the first able worker of each task. One run of LONG seconds; prints the
 * best score reached by 10 s and at the end, and the gap between them on the soft level.
 */
public class ComplexesSolverBench {

    public static void main(String[] args) {
        long longSeconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        AssignmentProblem p = instance(50, 400, 42);
        System.out.printf("instance: %d workers, %d tasks, %d blocks%n", p.workers().size(), p.tasks().size(), p.blockCount());
        List<long[]> trajectory = new ArrayList<>();
        long start = System.nanoTime();
        AssignmentSolver.Result r = AssignmentSolver.solve(p,
                new AssignmentSolver.Limits(Duration.ofSeconds(longSeconds), null, null),
                (millis, score) -> trajectory.add(new long[] {millis, score.hard(), score.soft()}));
        double wall = (System.nanoTime() - start) / 1e9;
        long[] at10 = null;
        for (long[] t : trajectory) if (t[0] <= 10_000) at10 = t;
        System.out.printf("run: %.1f s wall, %d improvements%n", wall, trajectory.size());
        System.out.printf("best by 10 s: %dhard/%dsoft (at %d ms)%n", at10[1], at10[2], at10[0]);
        System.out.printf("best at the end: %dhard/%dsoft%n", r.score().hard(), r.score().soft());
        if (at10[1] == r.score().hard()) {
            System.out.printf("gap on the soft level: %.2f %%%n", 100.0 * (r.score().soft() - at10[2]) / Math.abs(r.score().soft()));
        } else {
            System.out.println("the hard level differs");
        }
        AssignmentScore.Parts parts = new AssignmentScore(p).parts(r.assignment());
        System.out.println("parts at the end: " + parts);
    }

    static AssignmentProblem instance(int workers, int tasks, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] blocks = new int[tasks];
        int total = 0;
        for (int t = 0; t < tasks; t++) total += blocks[t] = 1 + r.nextInt(4);
        List<Map<Long, Ability>> abilities = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            Map<Long, Ability> ab = new HashMap<>();
            int can = 3 + r.nextInt(4);
            while (ab.size() < can) ab.put((long) 1 + r.nextInt(workers), Ability.CAN);
            for (int k = 0; k < 1 + r.nextInt(2); k++) ab.putIfAbsent((long) 1 + r.nextInt(workers), Ability.LEARN);
            abilities.add(ab);
        }
        int perWorker = (int) Math.ceil(total * 1.3 / workers);
        List<AssignmentProblem.Worker> ws = new ArrayList<>();
        for (int w = 1; w <= workers; w++) {
            long past = 60L * (200 + r.nextInt(200));
            Map<Long, Integer> wishes = new HashMap<>();
            for (int k = 0; k < 3; k++) wishes.put((long) 1000 + r.nextInt(tasks), r.nextBoolean() ? 1 : -1);
            ws.add(new AssignmentProblem.Worker(w, perWorker, past, past * (1.5 + 3 * r.nextDouble()),
                    past * (1.5 + 3 * r.nextDouble()), wishes));
        }
        List<AssignmentProblem.Task> ts = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            long first = abilities.get(t).entrySet().stream().filter(e -> e.getValue() == Ability.CAN)
                    .mapToLong(Map.Entry::getKey).min().orElseThrow();
            List<Long> current = new ArrayList<>();
            for (int k = 0; k < blocks[t]; k++) current.add(first);
            double d = 1 + 4 * r.nextDouble();
            ts.add(new AssignmentProblem.Task(1000 + t, d, 1 + 4 * r.nextDouble(), d < 2, blocks[t], abilities.get(t), current));
        }
        return new AssignmentProblem(ws, ts, 240, 1, AssignmentProblem.Weights.DEFAULT);
    }
}
