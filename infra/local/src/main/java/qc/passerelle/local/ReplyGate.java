package qc.passerelle.local;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * Holds back the reply to a write on one connection until its data is on disk.
 *
 * <p>mongo-java-server runs a command and writes its reply on the connection's Netty event loop, which several
 * connections share; waiting for the disk there would make each of them wait for the others' commits in turn. This
 * handler lets the event loop move on and sends the reply from the event loop once the commit is done. A reply that
 * follows a held one waits behind it, so replies keep their order.
 *
 * <p>Every method runs on the connection's event loop, so the handler needs no locking.
 */
final class ReplyGate extends ChannelOutboundHandlerAdapter {

    private static final String NAME = "passerelle-reply-gate";
    private static final CompletableFuture<Void> NOTHING_TO_WAIT_FOR = CompletableFuture.completedFuture(null);

    private record Held(Object reply, ChannelPromise promise, CompletableFuture<Void> durable) {
    }

    private final Queue<Held> held = new ArrayDeque<>();
    private CompletableFuture<Void> nextReplyWaitsFor;

    /** Called on the event loop while the command runs, i.e. before mongo-java-server writes the command's reply. */
    static void holdNextReply(Channel channel, CompletableFuture<Void> durable) {
        ReplyGate gate = (ReplyGate) channel.pipeline().get(NAME);
        if (gate == null) {
            gate = new ReplyGate();
            // last: a reply is written from the pipeline's tail, so this handler sees it before the encoders do
            channel.pipeline().addLast(NAME, gate);
        }
        gate.nextReplyWaitsFor = durable;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object reply, ChannelPromise promise) {
        CompletableFuture<Void> durable = nextReplyWaitsFor;
        nextReplyWaitsFor = null;
        if (durable == null && held.isEmpty()) {
            ctx.write(reply, promise);
            return;
        }
        held.add(new Held(reply, promise, durable == null ? NOTHING_TO_WAIT_FOR : durable));
        if (durable != null) {
            durable.whenComplete((ignored, failure) -> onEventLoop(ctx, () -> release(ctx)));
        }
    }

    private void release(ChannelHandlerContext ctx) {
        if (ctx.isRemoved()) {
            return;
        }
        while (!held.isEmpty() && held.peek().durable().isDone()) {
            Held next = held.poll();
            if (next.durable().isCompletedExceptionally()) {
                // the data may not be on disk: an OK would be a lie, a dropped connection tells the client "unknown"
                discardHeld(next, new IOException("the write could not be made durable"));
                ctx.close();
                return;
            }
            ctx.write(next.reply(), next.promise());
        }
        ctx.flush();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        // the connection is gone: replies still held have nobody to go to
        discardHeld(null, new IOException("connection closed before the write was durable"));
    }

    private void discardHeld(Held first, IOException reason) {
        for (Held next = first != null ? first : held.poll(); next != null; next = held.poll()) {
            ReferenceCountUtil.release(next.reply());
            next.promise().tryFailure(reason);
        }
    }

    private static void onEventLoop(ChannelHandlerContext ctx, Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException e) {
            // the server is shutting down and its connections with it
        }
    }
}
