package org.imprimatur.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same task on several threads at once and collects what each run answered. */
final class Concurrently {

    private Concurrently() {
    }

    static <T> List<T> run(int threads, int runsPerThread, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<T> results = new ArrayList<>();
                    for (int i = 0; i < runsPerThread; i++) {
                        results.add(task.call());
                    }
                    return results;
                }));
            }
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get(2, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
