package org.herodotus.places;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.herodotus.model.CountryCode;
import org.herodotus.text.Normalizer;

/**
 * The compiled gazetteer's file format: a gzip stream of countries (codes, capital, names per language) then
 * places (GeoNames id, name, country, admin1, feature, coordinates, population, alternate names). Written once at
 * build time by the gazetteer module, read at start-up into an {@link InMemoryGazetteer}.
 */
public final class GazetteerIndex {
    private static final String MAGIC = "herodotus-gazetteer";
    /**
     * 2: place names are stored folded ({@link Normalizer#fold}) and without duplicates, so loading folds nothing.
     * 3: country names in language order (2 wrote them in an order that changed from one build to the next).
     * 4: the version names the regions file by its content, not by its date (which a fresh clone sets to the day).
     */
    private static final int FORMAT = 4;

    private GazetteerIndex() {}

    /** A place and all the names it is known by, as stored. */
    public record Entry(Place place, List<String> names) {}

    public static void write(OutputStream out, String version, List<Country> countries, List<Entry> places) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16))) {
            d.writeUTF(MAGIC);
            d.writeInt(FORMAT);
            d.writeUTF(version);
            d.writeInt(countries.size());
            for (Country c : countries) {
                d.writeUTF(c.alpha3().value());
                d.writeUTF(c.alpha2());
                d.writeFloat((float) c.place().lat());
                d.writeFloat((float) c.place().lon());
                d.writeInt(c.names().size());
                for (var e : c.names().entrySet()) {
                    d.writeUTF(e.getKey());
                    writeList(d, e.getValue());
                }
            }
            d.writeInt(places.size());
            for (Entry e : places) {
                Place p = e.place();
                d.writeLong(p.id().map(GeoNameId::value).orElse(0L));
                d.writeUTF(p.name());
                d.writeUTF(p.country().value());
                d.writeUTF(p.admin1());
                d.writeUTF(p.featureClass());
                d.writeUTF(p.featureCode());
                d.writeFloat((float) p.lat());
                d.writeFloat((float) p.lon());
                d.writeLong(p.population());
                java.util.LinkedHashSet<String> folded = new java.util.LinkedHashSet<>();
                folded.add(Normalizer.fold(p.name()));
                for (String n : e.names()) folded.add(Normalizer.fold(n));
                writeList(d, new ArrayList<>(folded));
            }
        }
    }

    /** Whether the file is an index of the format this code reads (else it must be compiled again). */
    public static boolean current(java.nio.file.Path file) {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(java.nio.file.Files.newInputStream(file)))) {
            return MAGIC.equals(d.readUTF()) && d.readInt() == FORMAT;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads an index into a gazetteer. {@code extraCountryNames} adds names per alpha-3 code (news usage such as
     * "Libye", "RDC") to those the index holds.
     */
    public static InMemoryGazetteer read(InputStream in, Map<CountryCode, List<String>> extraCountryNames) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (!MAGIC.equals(d.readUTF())) throw new IOException("not a Herodotus gazetteer index");
        int format = d.readInt();
        if (format != FORMAT) throw new IOException("gazetteer index format " + format + ", expected " + FORMAT + ": rebuild it");
        InMemoryGazetteer g = new InMemoryGazetteer(d.readUTF());
        int nc = d.readInt();
        for (int i = 0; i < nc; i++) {
            CountryCode a3 = CountryCode.of(d.readUTF());
            String a2 = d.readUTF();
            double lat = d.readFloat(), lon = d.readFloat();
            int nl = d.readInt();
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (int j = 0; j < nl; j++) names.put(d.readUTF(), readList(d));
            String en = names.getOrDefault("en", List.of(a3.value())).get(0);
            Place p = new Place(Optional.empty(), en, a3, "", "A", "PCLI", lat, lon, 0);
            g.addCountry(new Country(a3, a2, names, p), extraCountryNames.getOrDefault(a3, List.of()));
        }
        int np = d.readInt();
        Map<String, CountryCode> codes = new java.util.HashMap<>();
        for (int i = 0; i < np; i++) {
            long id = d.readLong();
            String name = d.readUTF();
            CountryCode cc = codes.computeIfAbsent(d.readUTF(), CountryCode::of);
            String admin1 = d.readUTF(), fclass = d.readUTF(), fcode = d.readUTF();
            double lat = d.readFloat(), lon = d.readFloat();
            long pop = d.readLong();
            List<String> names = readList(d);
            Place p = new Place(id > 0 ? Optional.of(new GeoNameId(id)) : Optional.empty(), name, cc, admin1, fclass, fcode, lat, lon, pop);
            g.addFolded(p, names);
        }
        return g;
    }

    private static void writeList(DataOutputStream d, List<String> l) throws IOException {
        d.writeInt(l.size());
        for (String s : l) d.writeUTF(s);
    }

    private static List<String> readList(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> l = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) l.add(d.readUTF());
        return l;
    }
}
