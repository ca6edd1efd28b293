package vn.hoctap.bot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of this process over an interval, in total and without the fake Bot API's threads
 * (which share the process in the benchmarks, but are not part of the bot being measured).
 */
final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long process;
    private final long fake;

    private CpuClock(long process, long fake) {
        this.process = process;
        this.fake = fake;
    }

    static CpuClock start() {
        return new CpuClock(processNanos(), fakeNanos());
    }

    double processMs() {
        return (processNanos() - process) / 1e6;
    }

    double appMs() {
        return (processNanos() - process - (fakeNanos() - fake)) / 1e6;
    }

    /**
     * CPU time of the live Java threads by group (delivery, OkHttp, fake, other); what the process
     * spent beyond them is the JVM's own threads (JIT compilers, GC) and threads that ended.
     */
    static java.util.Map<String, Long> byGroup() {
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null) {
                String name = t.getThreadName();
                String group = name.startsWith("hoctap-delivery") ? "delivery" : name.startsWith("OkHttp") ? "okhttp"
                        : name.startsWith("fake-telegram-") ? "fake" : name.startsWith("hoctap-db") || name.startsWith("HikariPool") ? "db-pool"
                        : name.startsWith("hoctap-update") || name.startsWith("hoctap-inbox") || name.startsWith("hoctap-telegram") ? "updates"
                        : "other";
                groups.merge(group, Math.max(0, THREADS.getThreadCpuTime(t.getThreadId())), Long::sum);
            }
        }
        long java = groups.values().stream().mapToLong(Long::longValue).sum();
        groups.put("jvm (JIT, GC, ended threads)", processNanos() - java);
        return groups;
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The fake server's pooled threads live on between calls, so their totals can be subtracted. */
    static long fakeNanos() {
        long sum = 0;
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("fake-telegram-")) {
                long cpu = THREADS.getThreadCpuTime(t.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }
}
