package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One external gold set: the articles to feed Herodotus (exactly what {@code score.py prepare} writes) and the
 * scoring of Herodotus' output lines per article id (events for most sets, toponyms for geo, entities for ner-fr).
 */
public interface GoldSet {
    /** The kind of output this set scores. */
    enum Output { EVENTS, TOPONYMS, ENTITIES }

    String kind();

    Output output();

    /** The prepared articles, one JSON object each: {@code id, date, text, lang}. */
    List<ObjectNode> articles();

    /** Malformed rows or records met while reading, each naming its place and why; they were skipped or partly used. */
    List<String> problems();

    /** Scores predictions (contract JSON lines grouped by article id) over the gold items whose article ids are in {@code scope}. */
    Report score(Map<String, List<JsonNode>> predictions, java.util.Set<String> scope);
}
