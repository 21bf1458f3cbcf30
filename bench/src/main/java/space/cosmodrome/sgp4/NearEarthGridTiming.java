package space.cosmodrome.sgp4;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Thread CPU time of each pass of {@link NearEarthGrid} alone, per state, on one object's grid of N times (default
 * 64, what a 60-time call runs), with typical low-Earth-orbit coefficients: where the near-Earth time goes. In the
 * core's package because the passes are package-private.
 *
 * <p>Run: {@code java -cp 'bench/target/cosmodrome-bench.jar:bench/target/lib/*'
 * space.cosmodrome.sgp4.NearEarthGridTiming [N]}</p>
 */
public final class NearEarthGridTiming {
    private static final String[] PASSES = {"secular angles", "secular drag (simple)", "secular drag (full)",
        "long-period", "Kepler", "short-period", "orientation", "positions", "velocities", "screen"};

    private NearEarthGridTiming() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int reps = 12_000_000 / n;
        NearEarthGrid w = new NearEarthGrid();
        w.ensure(n);
        double[][] out = new double[6][n];
        double[] perState = new double[PASSES.length];
        for (int round = 0; round < 6; round++) {
            for (int p = 0; p < PASSES.length; p++) {
                long c0 = mx.getCurrentThreadCpuTime();
                run(p, reps, w, n, out);
                double ns = (mx.getCurrentThreadCpuTime() - c0) / (double) reps / n;
                if (round >= 2) {
                    perState[p] += ns / 4;
                }
            }
        }
        for (int p = 0; p < PASSES.length; p++) {
            System.out.printf(Locale.ROOT, "%-22s %6.2f ns/state%n", PASSES[p], perState[p]);
        }
    }

    /** Each pass in its own loop, so that the JIT compiles each as it would in the propagator. */
    private static void run(int p, int reps, NearEarthGrid w, int n, double[][] out) {
        double n0 = 0.0675;
        double am0 = 1.07;
        switch (p) {
            case 0:
                for (int r = 0; r < reps; r++) {
                    w.secularAngles(n, 1000.0 + r * 1e-3, 1.0, 1.0, n0, 2.0, 1e-5, 3.0, -1e-5);
                }
                break;
            case 1:
                for (int r = 0; r < reps; r++) {
                    w.secularSimple(n, 1e-7, 1e-8, 1.5e-7);
                }
                break;
            case 2:
                for (int r = 0; r < reps; r++) {
                    w.secularFull(n, 1e-7, 1e-8, 1e-9, 1.5e-7, 1e-9, 0.1, 1e-6, 1.0, 1e-12, 1e-15, 1e-18, 1e-12, 1e-15,
                            1e-18, 0.5, 0.0);
                }
                break;
            case 3:
                for (int r = 0; r < reps; r++) {
                    w.longPeriodic(n, 1e-3, n0, 1 / am0, -1e-3, -2e-3, 0.0);
                }
                break;
            case 4:
                for (int r = 0; r < reps; r++) {
                    w.kepler(n);
                }
                break;
            case 5:
                for (int r = 0; r < reps; r++) {
                    w.shortPeriodic(n, am0, 1 / am0, 1.08e-3, 0.1, 0.9, 5.0, 0.5, 0.8, 1e-12, 0.0);
                }
                break;
            case 6:
                for (int r = 0; r < reps; r++) {
                    w.orient(n, 0.8, 0.5);
                }
                break;
            case 7:
                for (int r = 0; r < reps; r++) {
                    w.positions(n, 0, 6378.135, out[0], out[1], out[2]);
                }
                break;
            case 8:
                for (int r = 0; r < reps; r++) {
                    w.rates(n, 0.96, n0, 13.45, 0.1, 0.9);
                    w.velocities(n, 0, 7.9, out[3], out[4], out[5]);
                }
                break;
            default:
                for (int r = 0; r < reps; r++) {
                    w.screen(n, 1e-3, true, false);
                }
                break;
        }
    }
}
