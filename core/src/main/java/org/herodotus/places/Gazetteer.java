package org.herodotus.places;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.herodotus.model.CountryCode;

/** Looks places up by name; names are compared after {@link org.herodotus.text.Normalizer#fold}. */
public interface Gazetteer {
    /** Every place (countries included) that bears this folded name, in no particular order. */
    List<Place> candidates(String foldedName);

    Optional<Country> country(CountryCode code);

    Collection<Country> countries();

    /** The capital of a country (GeoNames feature PPLC), when the gazetteer holds it. */
    Optional<Place> capital(CountryCode code);

    /** The largest town of a first-level division, where an event known only to the division is put. */
    default Optional<Place> seat(Place region) { return Optional.empty(); }

    /** A version string for the coder record, e.g. "geonames-cities500@1.0.1". */
    String version();
}
