package io.modelcards.bench.registry;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection on a plain socket, for one thread: it writes a request with fixed headers and a
 * {@code Content-Length} body and reads the status and the body ({@code Content-Length} or chunked). It opens the socket
 * again when the server said {@code Connection: close}. Just enough HTTP for the registry's JSON answers on loopback.
 */
final class Connection implements AutoCloseable {
    private static final int TIMEOUT_MS = 60_000;

    private final String host;
    private final int port;
    private final String hostHeader;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** The status and the body (UTF-8) of one answer. */
    record Answer(int status, String body) {}

    Connection(String host, int port) {
        this.host = host;
        this.port = port;
        this.hostHeader = "Host: " + host + ":" + port + "\r\n";
    }

    /** Sends one request and reads its answer; {@code json} null sends no body. */
    Answer exchange(String method, String path, String token, String json) throws IOException {
        if (socket == null) {
            open();
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(160).append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append(hostHeader).append("Authorization: Bearer ").append(token).append("\r\n");
        if (json != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
        return read();
    }

    private Answer read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            String name = h.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 256);
        if (chunked) {
            for (long n = Long.parseLong(chunkSize(line()), 16); n > 0; n = Long.parseLong(chunkSize(line()), 16)) {
                copy(n, body);
                line();
            }
            String trailer;
            do {
                trailer = line();
            } while (!trailer.isEmpty());
        } else if (length > 0) {
            copy(length, body);
        } else if (length < 0 && close) {
            in.transferTo(body);
        }
        if (close) {
            close();
        }
        return new Answer(code, body.toString(StandardCharsets.UTF_8));
    }

    private static String chunkSize(String line) {
        int semi = line.indexOf(';');
        return (semi < 0 ? line : line.substring(0, semi)).trim();
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buf = new byte[8192];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                throw new EOFException("the server closed the connection " + left + " bytes before the body's end");
            }
            to.write(buf, 0, r);
            left -= r;
        }
    }

    /** One header line without its CRLF (ISO-8859-1, as HTTP headers are). */
    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16_384);
        out = new BufferedOutputStream(s.getOutputStream(), 16_384);
    }

    /** Closes the socket; the next exchange opens a new one. */
    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                socket = null;
            }
        }
    }
}
