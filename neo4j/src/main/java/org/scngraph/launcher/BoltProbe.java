package org.scngraph.launcher;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Checks that a Bolt server answers the protocol handshake, i.e. really accepts Bolt connections. */
final class BoltProbe {
    private static final byte[] HANDSHAKE = {
        (byte) 0x60, (byte) 0x60, (byte) 0xB0, (byte) 0x17, // magic preamble
        0x00, 0x08, 0x08, 0x05, // 5.8 down to 5.0
        0x00, 0x00, 0x04, 0x04, // 4.4
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00
    };

    private BoltProbe() {}

    /** Returns the agreed Bolt version (e.g. "5.8") once the server answers; throws after {@code timeout}. */
    static String awaitBolt(String host, int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (true) {
            try {
                return handshake(host, port);
            } catch (IOException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Bolt on " + host + ":" + port + " does not answer the handshake: " + last, last);
            }
            Thread.sleep(100);
        }
    }

    private static String handshake(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(HANDSHAKE);
            out.flush();
            byte[] answer = new byte[4];
            new DataInputStream(socket.getInputStream()).readFully(answer);
            int major = answer[3] & 0xff;
            int minor = answer[2] & 0xff;
            if (major == 0 && minor == 0) {
                throw new IOException("server supports none of the proposed Bolt versions");
            }
            return major + "." + minor;
        }
    }
}
