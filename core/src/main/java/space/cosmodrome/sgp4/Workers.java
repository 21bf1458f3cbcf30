package space.cosmodrome.sgp4;

import space.cosmodrome.error.CosmodromeException;

/**
 * Runs one work loop on several threads, the calling thread included, and waits for all of them: how the
 * batch propagator and the pass predictor share a catalog between cores (the work pulls its own chunks).
 */
public final class Workers {
    private Workers() {
    }

    /**
     * @param work the loop each thread runs until no chunk is left
     * @param workers number of threads in all, the caller's included
     * @param threadName prefix of the extra threads' names
     * @param context what is being done, for the error when the caller is interrupted
     */
    public static void run(Runnable work, int workers, String threadName, String context) {
        Thread[] pool = new Thread[workers - 1];
        for (int w = 0; w < pool.length; w++) {
            pool[w] = new Thread(work, threadName + "-" + w);
            pool[w].setDaemon(true);
            pool[w].start();
        }
        work.run();
        for (Thread thread : pool) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CosmodromeException.internal(context + " (interrupted)", e);
            }
        }
    }
}
