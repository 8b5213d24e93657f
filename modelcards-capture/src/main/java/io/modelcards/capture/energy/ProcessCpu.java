package io.modelcards.capture.energy;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/** CPU time used by this JVM process so far, summed over all its threads. */
final class ProcessCpu {
    private ProcessCpu() {}

    /**
     * Nanoseconds of CPU time of the whole process, or null when the JVM cannot tell. The process figure counts
     * threads that have ended; the fallback, a sum over live threads, does not, so it can only under-count.
     */
    static Long nanos() {
        try {
            OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
            if (bean instanceof com.sun.management.OperatingSystemMXBean os) { // checkstyle: qualified to tell com.sun's from java.lang's
                long cpu = os.getProcessCpuTime();
                if (cpu >= 0) return cpu;
            }
        } catch (RuntimeException | LinkageError e) {
            // Fall through to the thread sum.
        }
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) return null;
            long sum = 0;
            for (long id : threads.getAllThreadIds()) {
                long t = threads.getThreadCpuTime(id);
                if (t > 0) sum += t;
            }
            return sum;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
