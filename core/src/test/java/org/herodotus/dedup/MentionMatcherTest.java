package org.herodotus.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.herodotus.model.PloverType;
import org.herodotus.model.Precision;
import org.herodotus.model.Realis;
import org.junit.jupiter.api.Test;

/** Stories of two reports: told the same happening or not, and why. */
class MentionMatcherTest {
    static final Mention.Where TRIPOLI = new Mention.Where("2210247", "Tripoli", "LBY", "Tripoli", "PPLC", 32.887, 13.187, 1);
    static final Mention.Where TAJURA = new Mention.Where("2210221", "Tajura", "LBY", "Tripoli", "PPL", 32.882, 13.351, 1);
    static final Mention.Where SOUQ = new Mention.Where("900001", "Souq al-Juma", "LBY", "Tripoli", "PPLX", 32.906, 13.226, 1);
    static final Mention.Where AIN_ZARA = new Mention.Where("900002", "Ain Zara", "LBY", "Tripoli", "PPLX", 32.780, 13.230, 1);
    static final Mention.Where LIBYA = new Mention.Where("country:LBY", "Libya", "LBY", "", "PCLI", 27, 17, 3);
    static final Mention.Who LNA = new Mention.Who("lna", "Libyan National Army", Optional.of("LBY"), true);
    static final Mention.Who GNA = new Mention.Who("gna", "Government of National Accord", Optional.of("LBY"), true);
    static final Mention.Who CIVILIANS = new Mention.Who("LBY-CVL", "Civilians (Libya)", Optional.of("LBY"), false);

    private final MentionMatcher matcher = new MentionMatcher();

    /** A report of an air strike; the builder methods change one thing at a time. */
    record R(String id, String article, LocalDate published, LocalDate day, Precision precision, Mention.Where place, List<Mention.Who> actors,
             List<Mention.Who> recipients, Integer dead, int sentence, String text, Set<String> localities) {
        static R strike(String id) {
            return new R(id, "art-" + id, LocalDate.of(2019, 4, 8), LocalDate.of(2019, 4, 7), Precision.DAY, TRIPOLI, List.of(LNA), List.of(CIVILIANS),
                    null, 0, "Air strike on Mitiga airport in Tripoli kills civilians", Set.of());
        }

        R article(String a) { return new R(id, a, published, day, precision, place, actors, recipients, dead, sentence, text, localities); }
        R published(LocalDate d) { return new R(id, article, d, day, precision, place, actors, recipients, dead, sentence, text, localities); }
        R day(LocalDate d) { return new R(id, article, published, d, precision, place, actors, recipients, dead, sentence, text, localities); }
        R month() { return new R(id, article, published, day.withDayOfMonth(1), Precision.MONTH, place, actors, recipients, dead, sentence, text, localities); }
        R place(Mention.Where p) { return new R(id, article, published, day, precision, p, actors, recipients, dead, sentence, text, localities); }
        R by(Mention.Who... w) { return new R(id, article, published, day, precision, place, List.of(w), recipients, dead, sentence, text, localities); }
        R dead(int n) { return new R(id, article, published, day, precision, place, actors, recipients, n, sentence, text, localities); }
        R sentence(int s) { return new R(id, article, published, day, precision, place, actors, recipients, dead, s, text, localities); }
        R at(String... l) { return new R(id, article, published, day, precision, place, actors, recipients, dead, sentence, text, Set.of(l)); }
        R text(String t) { return new R(id, article, published, day, precision, place, actors, recipients, dead, sentence, t, localities); }

        Mention m() {
            LocalDate to = precision == Precision.MONTH ? day.withDayOfMonth(day.lengthOfMonth()) : day;
            return new Mention(id, article, published, PloverType.ASSAULT, "force", Optional.of("Air/drone strike"), Realis.ACTUAL, day, to, precision,
                    text.matches(".*\\b\\d{1,2} (April|avril)\\b.*"), Optional.ofNullable(place), actors, recipients, dead == null ? OptionalInt.empty() : OptionalInt.of(dead), sentence,
                    Mention.sentenceKey(text), Mention.words(text), place == null || place.isCountry() || place.isRegion() ? Set.of() : Set.of(place.key()),
                    names(text), localities, text.startsWith("The "), 0.8);
        }
    }

    @Test
    void twoOutletsTellingOneStrikeMerge() {
        Comparison c = matcher.compare(R.strike("a").m(), R.strike("b").text("Une frappe aérienne de l'ANL sur l'aéroport de Mitiga à Tripoli").m());
        assertThat(c.edge()).as(c.explain()).isTrue();
        assertThat(c.explain()).contains("same day 2019-04-07", "same place Tripoli", "same actor Libyan National Army");
    }

    @Test
    void theComparisonIsSymmetric() {
        Mention a = R.strike("a").dead(5).m(), b = R.strike("b").place(TAJURA).dead(7).published(LocalDate.of(2019, 4, 9)).m();
        assertThat(matcher.compare(a, b)).isEqualTo(matcher.compare(b, a));
    }

    @Test
    void twoReportsThatStateDaysOneApartNeedMoreEvidence() {
        Comparison c = matcher.compare(R.strike("a").m(), R.strike("b").day(LocalDate.of(2019, 4, 8)).m());
        assertThat(c.conflict()).isFalse();
        assertThat(c.explain()).contains("stated days one apart 2019-04-07/2019-04-08 (-1.0)");
        assertThat(c.score()).isLessThan(matcher.compare(R.strike("a").m(), R.strike("c").m()).score() - 2);
    }

    @Test
    void twoCalendarDatesADayApartAreTwoEvents() {
        Comparison c = matcher.compare(R.strike("a").text("On 7 April, an air strike hit Mitiga airport").m(),
                R.strike("b").day(LocalDate.of(2019, 4, 8)).text("On 8 April, an air strike hit Mitiga airport").m());
        assertThat(c.conflict()).isTrue();
        assertThat(c.explain()).contains("calendar dates 2019-04-07/2019-04-08");
    }

    @Test
    void twoDaysApartAreTwoEvents() {
        Comparison c = matcher.compare(R.strike("a").m(), R.strike("b").day(LocalDate.of(2019, 4, 9)).m());
        assertThat(c.conflict()).isTrue();
        assertThat(c.explain()).contains("dates 2 days apart");
    }

    @Test
    void differentNeighbourhoodsOfOneCityAreTwoEvents() {
        Comparison c = matcher.compare(R.strike("a").place(SOUQ).m(), R.strike("b").place(AIN_ZARA).m());
        assertThat(c.conflict()).isTrue();
        assertThat(c.explain()).contains("different neighbourhoods");
    }

    @Test
    void aNeighbourhoodAndItsCityAreOnePlace() {
        assertThat(matcher.compare(R.strike("a").place(SOUQ).m(), R.strike("b").m()).edge()).isTrue();
    }

    @Test
    void twoExactTownsFifteenKilometresApartAreTwoEvents() {
        Comparison c = matcher.compare(R.strike("a").m(), R.strike("b").place(TAJURA).m());
        assertThat(c.conflict()).as(c.explain()).isTrue();
    }

    @Test
    void theCountryHoldsTheTownButProvesLittle() {
        Comparison c = matcher.compare(R.strike("a").m(), R.strike("b").place(LIBYA).by().text("Air strikes were reported").m());
        assertThat(c.conflict()).isFalse();
        assertThat(c.edge()).as("same day and type, but nothing else: " + c.explain()).isFalse();
    }

    @Test
    void distinctNamedAttackersAreTwoEvents() {
        Comparison c = matcher.compare(R.strike("a").m(), R.strike("b").by(GNA).m());
        assertThat(c.conflict()).isTrue();
        assertThat(c.explain()).contains("different actors");
    }

    @Test
    void anUnresolvedAttackerDoesNotStopTheMerge() {
        assertThat(matcher.compare(R.strike("a").m(), R.strike("b").by().m()).edge()).isTrue();
    }

    @Test
    void sameDayTollsFarApartAreTwoEvents() {
        Comparison c = matcher.compare(R.strike("a").dead(2).m(), R.strike("b").dead(30).m());
        assertThat(c.conflict()).isTrue();
        assertThat(c.explain()).contains("tolls 2/30");
    }

    @Test
    void aLaterReportMayCountMoreDead() {
        Mention first = R.strike("a").dead(5).m(), later = R.strike("b").dead(20).published(LocalDate.of(2019, 4, 9)).m();
        assertThat(matcher.compare(first, later).edge()).isTrue();
        Mention earlierButLarger = R.strike("c").dead(20).published(LocalDate.of(2019, 4, 7)).m();
        assertThat(matcher.compare(first, R.strike("d").dead(40).published(LocalDate.of(2019, 4, 10)).m()).conflict()).as("two days on, eight times as many").isFalse();
        assertThat(matcher.compare(first, R.strike("e").dead(60).published(LocalDate.of(2019, 4, 9)).m()).conflict()).as("not twelve times as many").isTrue();
        assertThat(matcher.compare(first, earlierButLarger).conflict()).as("a later report with far fewer dead").isTrue();
    }

    @Test
    void twoRegionsOrATownOutsideTheRegionAreTwoPlaces() {
        Mention.Where idlib = new Mention.Where("sy-id", "Idlib Governorate", "SYR", "07", "ADM1", 35.8, 36.6, 3);
        Mention.Where aleppo = new Mention.Where("sy-al", "Aleppo Governorate", "SYR", "09", "ADM1", 36.2, 37.2, 3);
        Mention.Where saraqib = new Mention.Where("163345", "Saraqib", "SYR", "07", "PPL", 35.86, 36.80, 2);
        Mention.Where azaz = new Mention.Where("174186", "Azaz", "SYR", "09", "PPL", 36.59, 37.04, 2);
        Comparison regions = matcher.compare(R.strike("a").place(idlib).m(), R.strike("b").place(aleppo).m());
        assertThat(regions.conflict()).as(regions.explain()).isTrue();
        assertThat(regions.explain()).contains("different regions Idlib Governorate/Aleppo Governorate");
        assertThat(matcher.compare(R.strike("a").place(idlib).m(), R.strike("b").place(azaz).m()).explain()).contains("Azaz outside the region Idlib Governorate");
        assertThat(matcher.compare(R.strike("a").place(idlib).m(), R.strike("b").place(saraqib).m()).explain()).contains("within the region Idlib Governorate");
    }

    @Test
    void reportsOfOneDayMayCountTheDeadAsTheHoursGoBy() {
        Comparison c = matcher.compare(R.strike("a").dead(20).m(), R.strike("b").dead(61).m());
        assertThat(c.conflict()).as(c.explain()).isFalse();
        assertThat(c.explain()).contains("tolls 20/61 (reported the same day)");
        assertThat(matcher.compare(R.strike("a").dead(20).m(), R.strike("b").dead(90).m()).conflict()).as("beyond four times plus two").isTrue();
    }

    @Test
    void aDefiniteNounLaterInTheArticlePointsBackWhereverTheGeocoderPutIt() {
        Mention lead = R.strike("a").m(), back = R.strike("b").article("art-a").sentence(2).place(TAJURA).text("The strike was ordered by the command").m();
        Comparison c = matcher.compare(lead, back);
        assertThat(c.edge()).as(c.explain()).isTrue();
        assertThat(c.explain()).contains("points back", "overridden: places");
        Mention another = R.strike("c").article("art-a").sentence(2).place(TAJURA).text("A second strike hit a farm").m();
        assertThat(matcher.compare(lead, another).conflict()).isTrue();
    }

    @Test
    void twoSentencesThatPutTheEventInDifferentLocalitiesTellTwoEvents() {
        Mention a = R.strike("a").place(LIBYA).at("novovyboeve").text("The monitors observed 14 explosions near Novovyboeve").m();
        Mention b = R.strike("b").place(LIBYA).at("prychepylivka").text("The monitors observed 15 explosions near Prychepylivka").m();
        Comparison c = matcher.compare(a, b);
        assertThat(c.conflict()).as(c.explain()).isTrue();
        assertThat(c.explain()).contains("different localities novovyboeve / prychepylivka");
        assertThat(matcher.compare(a, R.strike("c").place(LIBYA).at("novovyboeve", "geo:1@32.9@13.2").m()).conflict()).isFalse();
        assertThat(matcher.compare(R.strike("d").place(LIBYA).at("geo:1@32.90@13.20").m(), R.strike("e").place(LIBYA).at("geo:2@32.88@13.35").m()).conflict())
                .as("two known towns 14 km apart").isTrue();
        assertThat(matcher.compare(R.strike("f").place(LIBYA).at("geo:1@32.90@13.20").m(), R.strike("g").place(LIBYA).at("ain zara").m()).conflict())
                .as("a town and a name the gazetteer lacks: maybe a place within it").isFalse();
    }

    @Test
    void twoEventsOfOneSentenceAreOneHappeningUnlessTheyDisagree() {
        Comparison c = matcher.compare(R.strike("a").m(), R.strike("b").article("art-a").m());
        assertThat(c.edge()).as(c.explain()).isTrue();
        assertThat(c.explain()).contains("two events of one family in one sentence");
        assertThat(matcher.compare(R.strike("a").m(), R.strike("b").article("art-a").place(TAJURA).m()).conflict()).as("struck Tripoli and Tajura").isTrue();
        assertThat(matcher.compare(R.strike("a").m(), R.strike("b").article("art-a").sentence(3).m()).edge()).as("the same strike told again later in the article")
                .isTrue();
    }

    @Test
    void monthDatesNeedTheTextToAgree() {
        Mention a = R.strike("a").month().m();
        assertThat(matcher.compare(a, R.strike("b").month().text("Strike on a base near Tripoli").m()).edge()).isFalse();
        assertThat(matcher.compare(a, R.strike("c").month().m()).edge()).as("the same words").isTrue();
    }

    @Test
    void theSameSentenceInTwoArticlesIsOneReport() {
        String s = "Forces of the Libyan National Army struck Mitiga airport in Tripoli on Sunday, officials said.";
        Mention a = R.strike("a").text(s).dead(2).m(), b = R.strike("b").text(s.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ")).place(LIBYA).dead(30).m();
        Comparison twins = matcher.compare(a, b, true);
        assertThat(twins.edge()).as(twins.explain()).isTrue();
        assertThat(twins.explain()).contains("same sentence in two near-duplicate articles", "overridden: tolls");
        assertThat(matcher.compare(a, b).conflict()).as("a sentence shared by articles that are no copies of each other is boilerplate").isTrue();
    }

    @Test
    void clusteringDoesNotDependOnOrder() {
        List<Mention> ms = List.of(R.strike("a").m(), R.strike("b").day(LocalDate.of(2019, 4, 8)).m(), R.strike("c").place(SOUQ).m(),
                R.strike("d").place(AIN_ZARA).m(), R.strike("e").dead(2).m(), R.strike("f").dead(30).m(), R.strike("g").by(GNA).m());
        List<Clusterer.Edge> edges = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) for (int j = i + 1; j < ms.size(); j++) {
            Comparison c = matcher.compare(ms.get(i), ms.get(j));
            if (c.edge()) edges.add(new Clusterer.Edge(ms.get(i).id(), ms.get(j).id(), c.score(), c.explain()));
        }
        Clusterer clusterer = new Clusterer(matcher);
        List<List<String>> expected = ids(clusterer.cluster(ms, edges));
        assertThat(expected).as("neighbourhoods, tolls and attackers keep some apart").hasSizeGreaterThan(1).hasSizeLessThan(ms.size());
        for (int k = 0; k < 20; k++) {
            List<Mention> m2 = new ArrayList<>(ms);
            List<Clusterer.Edge> e2 = new ArrayList<>(edges);
            Collections.shuffle(m2, new Random(k));
            Collections.shuffle(e2, new Random(k + 100));
            assertThat(ids(clusterer.cluster(m2, e2))).isEqualTo(expected);
        }
        for (Clusterer.Cluster c : clusterer.cluster(ms, edges))
            for (Mention x : c.mentions()) for (Mention y : c.mentions()) if (x != y) assertThat(matcher.compare(x, y).conflict()).as(x.id() + "/" + y.id()).isFalse();
    }

    /** The capitalised words after the first: what the unresolved names of a hand-written sentence would be. */
    static Set<String> names(String text) { return Mention.names(text, 0, span -> false); }

    @Test
    void titlesAndDivisionsAreNoNamesThatPlaceAnEvent() {
        assertThat(names("Des soldats ont tué deux civils à Loikaw, capitale de l'État Kayah")).containsExactly("kayah", "loikaw");
        assertThat(names("Des jihadistes ont attaqué la ville d'Arbinda, dans la province du Soum")).containsExactly("arbinda");
        assertThat(names("Gunmen attacked a post in Djibo, in Burkina Faso's Soum province")).containsExactly("burkina", "djibo", "faso");
        assertThat(names("Three bodies were found on the Federal Highway near Sain Alto")).containsExactly("alto", "sain");
    }

    @Test
    void aVillageTheGazetteerLacksStillPlacesTwoReportsTogether() {
        Mention a = R.strike("a").place(LIBYA).text("Gunmen attacked the village of Qasr Bouhadi at dawn").m();
        Mention b = R.strike("b").place(LIBYA).text("Des hommes armés ont attaqué le village de Qasr Bouhadi").m();
        Comparison c = matcher.compare(a, b);
        assertThat(c.edge()).as(c.explain()).isTrue();
        assertThat(c.explain()).contains("both name bouhadi, qasr");
        Mention elsewhere = R.strike("c").place(LIBYA).text("Gunmen attacked the village of Wadi Marsit at dawn").m();
        assertThat(matcher.compare(a, elsewhere).edge()).as("one day, one country, one type: not enough").isFalse();
    }

    private static List<List<String>> ids(List<Clusterer.Cluster> cs) {
        return cs.stream().map(c -> c.mentions().stream().map(Mention::id).toList()).toList();
    }

    @Test
    void theStoredFormGivesBackTheMention() {
        Mention m = R.strike("a").dead(4).place(SOUQ).m();
        assertThat(Mention.fromJson(m.toJson())).isEqualTo(m);
    }

    @Test
    void nearDuplicateTextsShareABandAndUnrelatedOnesDoNot() {
        String a = "Forces loyal to the eastern commander struck the airport of the capital on Sunday, killing two civilians and wounding five,"
                + " according to the health ministry, which said the runway was closed for the night.";
        String b = a.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ").replace("five", "six");
        String c = "Protesters gathered in front of the parliament on Monday to demand the release of detained journalists and an end to censorship.";
        long[] sa = MinHash.signature(a), sb = MinHash.signature(b), sc = MinHash.signature(c);
        assertThat(MinHash.similarity(sa, MinHash.signature(a.replace("  ", " ")))).isEqualTo(1.0);
        assertThat(MinHash.similarity(sa, sb)).isGreaterThanOrEqualTo(0.7);
        assertThat(MinHash.similarity(sa, sc)).isLessThan(0.2);
        assertThat(MinHash.decode(MinHash.encode(sa))).isEqualTo(sa);
    }
}
