package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Geoparsing corpora (LGL, GeoVirus, TR-News, GeoWebNews XML): toponym recognition by span overlap, geocoding error
 * in km and accuracy within 161 km over all gold toponyms with coordinates; metrics as score.py's {@code score_geo}.
 * Predictions are the toponym lines of {@code herodotus places}.
 */
public final class GeoSet extends ReadGoldSet {
    private record Gold(String name, int start, int end, Optional<Double> lat, Optional<Double> lon) {}

    private record Doc(String id, String text, List<Gold> gold) {}

    private final List<Doc> docs;

    private GeoSet(String name, List<Doc> docs, List<String> problems) {
        super(name, problems);
        this.docs = docs;
    }

    public static GeoSet read(Path xml) throws IOException {
        Document d;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            d = f.newDocumentBuilder().parse(xml.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(xml + ": not a geoparsing XML file: " + e.getMessage(), e);
        }
        List<Doc> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        NodeList arts = d.getElementsByTagName("article");
        for (int k = 0; k < arts.getLength(); k++) {
            Element art = (Element) arts.item(k);
            Element textEl = child(art, "text");
            String text = textEl == null ? "" : textEl.getTextContent();
            String aid = !art.getAttribute("docid").isEmpty() ? art.getAttribute("docid") : !art.getAttribute("file").isEmpty() ? art.getAttribute("file") : Integer.toString(k);
            List<Gold> gold = new ArrayList<>();
            NodeList tops = art.getElementsByTagName("toponym");
            for (int i = 0; i < tops.getLength(); i++) {
                Element t = (Element) tops.item(i);
                String nm = firstNonEmpty(findText(t, "phrase"), findText(t, "extractedName")).strip();
                Optional<Double> lat = Scoring.num(firstNonEmpty(findText(t, "gaztag/lat"), findText(t, "latitude")));
                Optional<Double> lon = Scoring.num(firstNonEmpty(findText(t, "gaztag/lon"), findText(t, "longitude")));
                if (firstNonEmpty(findText(t, "nonLocational"), "No").strip().equals("Yes")) continue;
                Optional<int[]> se = span(findText(t, "start"), findText(t, "end"));
                if (se.isEmpty()) { problems.add(xml.getFileName() + ": article " + aid + ": toponym '" + nm + "' has no start/end, skipped"); continue; }
                gold.add(new Gold(nm, se.get()[0], se.get()[1], lat, lon));
            }
            NodeList locs = art.getElementsByTagName("location");
            for (int i = 0; i < locs.getLength(); i++) {
                Element l = (Element) locs.item(i);
                String nm = firstNonEmpty(findText(l, "name"), "").strip();
                Optional<int[]> se = span(findText(l, "start"), findText(l, "end"));
                if (se.isEmpty()) { problems.add(xml.getFileName() + ": article " + aid + ": location '" + nm + "' has no start/end, skipped"); continue; }
                gold.add(new Gold(nm, se.get()[0], se.get()[1], Scoring.num(findText(l, "lat")), Scoring.num(findText(l, "lon"))));
            }
            docs.add(new Doc("geo-" + aid, text, gold));
        }
        return new GeoSet(xml.getFileName().toString(), docs, problems);
    }

    private static Optional<int[]> span(String s, String e) {
        try {
            return Optional.of(new int[] {Integer.parseInt(s.strip()), Integer.parseInt(e.strip())});
        } catch (NullPointerException | NumberFormatException x) {
            return Optional.empty();
        }
    }

    private static String firstNonEmpty(String a, String b) { return a != null && !a.isEmpty() ? a : b == null ? "" : b; }

    private static Element child(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element c && c.getTagName().equals(tag)) return c;
        return null;
    }

    /** ElementTree's {@code findtext(path)}: the text of the first element down a child path, "" when empty, null when absent. */
    private static String findText(Element e, String path) {
        Element cur = e;
        for (String step : path.split("/")) {
            cur = child(cur, step);
            if (cur == null) return null;
        }
        return cur.getTextContent();
    }

    @Override public String kind() { return "geo"; }

    @Override public Output output() { return Output.TOPONYMS; }

    @Override public List<ObjectNode> articles() {
        List<ObjectNode> out = new ArrayList<>();
        for (Doc d : docs) out.add(Scoring.article(d.id, null, d.text, "en"));
        return out;
    }

    @Override public Report score(Map<String, List<JsonNode>> preds, Set<String> scope) {
        long tp = 0, goldN = 0, predN = 0, coordN = 0, within = 0;
        List<Double> errorsKm = new ArrayList<>();
        List<ObjectNode> errs = new ArrayList<>();
        for (Doc d : docs) {
            if (!scope.contains(d.id)) continue;
            List<JsonNode> ps = new ArrayList<>();
            for (JsonNode p : preds.getOrDefault(d.id, List.of())) if (p.hasNonNull("start")) ps.add(p);
            predN += ps.size();
            Set<Integer> used = new HashSet<>();
            for (Gold g : d.gold) {
                goldN++;
                Integer match = null;
                for (int j = 0; j < ps.size(); j++) {
                    if (!used.contains(j) && ps.get(j).get("start").asInt() < g.end && ps.get(j).get("end").asInt() > g.start) {
                        match = j;
                        break;
                    }
                }
                if (match != null) {
                    used.add(match);
                    tp++;
                }
                if (g.lat.isEmpty() || g.lon.isEmpty()) continue;
                coordN++;
                JsonNode p = match == null ? null : ps.get(match);
                Optional<Double> la = p == null ? Optional.empty() : Scoring.num(p.path("lat")), lo = p == null ? Optional.empty() : Scoring.num(p.path("lon"));
                if (p != null && la.isPresent() && lo.isPresent()) {
                    double km = Scoring.km(g.lat.get(), g.lon.get(), la.get(), lo.get());
                    errorsKm.add(km);
                    if (km <= 161) within++;
                    else {
                        ObjectNode x = Scoring.error();
                        x.put("id", d.id).put("name", g.name).put("km", Math.round(km)).put("got", Scoring.text(p.path("name")))
                                .put("country", Scoring.text(p.path("country")));
                        errs.add(x);
                    }
                } else {
                    ObjectNode x = Scoring.error();
                    x.put("id", d.id).put("name", g.name).put("why", p == null ? "not found" : "not resolved");
                    errs.add(x);
                }
            }
        }
        double prec = predN > 0 ? tp / (double) predN : 0, rec = goldN > 0 ? tp / (double) goldN : 0;
        double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
        errorsKm.sort(Double::compare);
        double med = errorsKm.isEmpty() ? Double.NaN : errorsKm.get(errorsKm.size() / 2);
        return new Report(kind(), name, List.of(Metric.count("gold_toponyms", goldN), Metric.number("recognition_precision", prec),
                Metric.number("recognition_recall", rec), Metric.number("recognition_f1", f1), Metric.ratio("acc161_all_gold", within, coordN),
                Metric.ratio("acc161_resolved", within, errorsKm.size()), Metric.km("median_error_km", med)), errs, List.of());
    }
}
