package qc.passerelle.francization.enrolment;

import org.springframework.stereotype.Component;
import qc.passerelle.francization.accesspoint.AccessPoint;
import qc.passerelle.francization.accesspoint.AccessPoints;
import qc.passerelle.francization.housing.KnownHousingUnits;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * Where an accepted offer is taught: the access point the acceptance names, else the one chosen with the offer, else
 * (a worker who arrived before their housing unit's registration reached us) a class in the region of the unit,
 * looked up now. So the arrival and the unit's registration may come in either order.
 */
@Component
class Placement {

    private final AccessPoints accessPoints;
    private final KnownHousingUnits housingUnits;

    Placement(AccessPoints accessPoints, KnownHousingUnits housingUnits) {
        this.accessPoints = accessPoints;
        this.housingUnits = housingUnits;
    }

    AccessPoint of(Enrolment offer, String requested) {
        if (requested != null) {
            return accessPoints.findById(requested)
                    .orElseThrow(() -> new InvalidFieldException("accessPointId", "no access point " + requested));
        }
        if (offer.accessPointId() != null) {
            return accessPoints.findById(offer.accessPointId()).orElseThrow(() -> new ConflictException(
                    "accessPointId", "the offer's access point " + offer.accessPointId() + " no longer exists; name one"));
        }
        return housingUnits.regionOf(offer.housingUnitId()).flatMap(accessPoints::classIn)
                .orElseThrow(() -> new ConflictException("accessPointId", "no class is known yet in the region of "
                        + "housing unit " + offer.housingUnitId() + "; name the access point"));
    }
}
