package org.herodotus.places;

import org.herodotus.actors.ActorLinks;
import org.herodotus.text.ParsedArticle;

/**
 * Finds and resolves the toponyms of an article, given its actor links: their focus country guides
 * disambiguation, and a span resolved to an organisation or person ("l'Onu") is not a toponym.
 */
public interface Geocoder {
    PlaceLinks geocode(ParsedArticle article, ActorLinks actors);
}
