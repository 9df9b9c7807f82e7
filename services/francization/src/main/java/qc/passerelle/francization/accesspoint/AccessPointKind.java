package qc.passerelle.francization.accesspoint;

import qc.passerelle.contracts.francization.LearningChannel;

/** Where French is taught, and the channel the contracts name for it. */
public enum AccessPointKind {
    /** The one online platform (intermediate and advanced stages), there from the start: {@link OnlinePlatform}. */
    ONLINE_PLATFORM(LearningChannel.ONLINE, false),
    ALLIANCE_FRANCAISE(LearningChannel.ALLIANCE_FRANCAISE, true),
    /** A partner school abroad: the contracts have no channel of their own for it, so it travels as the Alliances'. */
    PARTNER_SCHOOL(LearningChannel.ALLIANCE_FRANCAISE, true),
    QUEBEC_CLASS(LearningChannel.IN_QUEBEC_CLASS, false);

    private final LearningChannel channel;
    private final boolean abroad;

    AccessPointKind(LearningChannel channel, boolean abroad) {
        this.channel = channel;
        this.abroad = abroad;
    }

    public LearningChannel channel() {
        return channel;
    }

    public boolean abroad() {
        return abroad;
    }
}
