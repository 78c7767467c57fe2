package org.herodotus.places;

import java.util.Optional;
import org.herodotus.model.CountryCode;
import org.herodotus.text.ParsedArticle;

/** Finds and resolves the toponyms of an article, given the country the article is about (if known). */
public interface Geocoder {
    PlaceLinks geocode(ParsedArticle article, Optional<CountryCode> focusCountry);
}
