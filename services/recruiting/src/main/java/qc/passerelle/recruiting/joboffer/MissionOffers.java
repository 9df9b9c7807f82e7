package qc.passerelle.recruiting.joboffer;

import java.util.List;
import java.util.Optional;

/** The job offers a mission's employers joined it with: told by the mission feature, read here by id. */
public interface MissionOffers {

    Optional<List<String>> of(String missionId);
}
