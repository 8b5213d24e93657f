package io.modelcards.profile.internal.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed number of block buffers shared by the reader and the workers; taking blocks when all are in use, which
 * holds the reader back and bounds memory to {@code count × size} bytes plus any over-long record being read.
 */
public final class BufferPool {
    private final BlockingQueue<byte[]> free;
    private final int size;

    public BufferPool(int count, int size) {
        this.free = new ArrayBlockingQueue<>(count);
        this.size = size;
        for (int i = 0; i < count; i++) {
            free.add(new byte[size]);
        }
    }

    /** The standard buffer size. */
    public int size() {
        return size;
    }

    /** A free buffer, waiting for one if all are in use. */
    public byte[] take() throws InterruptedException {
        return free.take();
    }

    /** Gives a buffer back. A grown buffer is replaced by a standard one so an over-long record's memory is freed. */
    public void give(byte[] buf) {
        free.offer(buf.length == size ? buf : new byte[size]);
    }
}
