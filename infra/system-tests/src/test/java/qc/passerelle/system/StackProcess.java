package qc.passerelle.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One part of the stack as its own operating-system process, so that a fault is a real one: SIGKILL leaves no
 * shutdown hook to run and no buffer to flush, SIGSTOP leaves sockets open but unanswered. Each start writes a log
 * of its own ({@code <name>-<n>.log}), so the log of the process that failed is the one printed.
 */
final class StackProcess implements AutoCloseable {

    private final String name;
    private final List<String> command;
    private final Path logs;
    private Process process;
    private Path log;
    private int starts;
    private boolean frozen;

    StackProcess(String name, List<String> command, Path logs) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logs = logs;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running as pid " + process.pid());
        }
        starts++;
        log = logs.resolve(name + "-" + starts + ".log");
        try {
            Files.createDirectories(logs);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    synchronized long pid() {
        return process.pid();
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the process gets no chance to finish anything it has started. */
    synchronized void kill() {
        resumeIfFrozen();
        process.destroyForcibly();
        awaitExit(30);
    }

    /** SIGTERM, then SIGKILL if it does not stop within the grace period. */
    synchronized void terminate(int graceSeconds) {
        resumeIfFrozen();
        process.destroy();
        if (!awaitExit(graceSeconds)) {
            process.destroyForcibly();
            awaitExit(30);
        }
    }

    synchronized void freeze() {
        signal("STOP");
        frozen = true;
    }

    synchronized void resume() {
        signal("CONT");
        frozen = false;
    }

    private void resumeIfFrozen() {
        if (frozen && process.isAlive()) {
            resume();
        }
    }

    /** The JDK sends only SIGTERM and SIGKILL; SIGSTOP and SIGCONT go through kill(1). */
    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " (" + name + ") failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    synchronized String log() {
        try {
            return log == null || !Files.exists(log) ? "" : Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    synchronized boolean logContains(String text) {
        return log().contains(text);
    }

    /** The last lines of the current start's log, for the report of a failure. */
    synchronized String tail(int lines) {
        List<String> all = log().lines().toList();
        String state = process == null ? "never started" : process.isAlive() ? "running, pid " + process.pid()
                : "exited with " + process.exitValue();
        return "----- " + name + " (" + state + "), last " + Math.min(lines, all.size()) + " lines of " + log + "\n"
                + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Leaves nothing behind: a frozen process is resumed first, or it would keep its ports until reaped. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        try {
            resumeIfFrozen();
        } catch (RuntimeException ignored) {
            // the SIGKILL below stops a frozen process too; resuming it is only courtesy to its sockets
        }
        process.destroyForcibly();
        awaitExit(30);
    }
}
