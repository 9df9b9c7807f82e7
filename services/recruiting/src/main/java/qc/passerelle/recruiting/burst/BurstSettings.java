package qc.passerelle.recruiting.burst;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of the public path (candidates registering and applying) the service takes at once
 * ({@code recruiting.burst.*}): at most {@code maxConcurrent} requests inside, a newcomer waiting up to
 * {@code maxWait} for a place, and at most {@code perSecond} admitted each second. Beyond that: 429 with Retry-After.
 * The defaults keep the local store (a few thousand single-document writes a second, about ten per application with
 * the relay's) below saturation; a deployment on a real MongoDB cluster raises them.
 */
@ConfigurationProperties("recruiting.burst")
public record BurstSettings(int maxConcurrent, Duration maxWait, int perSecond) {

    public BurstSettings {
        maxConcurrent = maxConcurrent <= 0 ? 32 : maxConcurrent;
        maxWait = maxWait == null ? Duration.ofMillis(250) : maxWait;
        perSecond = perSecond <= 0 ? 300 : perSecond;
    }
}
