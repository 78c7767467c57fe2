package org.herodotus.model;

import java.util.Optional;

/**
 * A dated news article as read: the text is what offsets point into (after any date header).
 * {@code lang} is empty when the source did not say; the pipeline detects it then. {@code dateGiven} is false when
 * the source had no date and the date is a stand-in (a run's default, or the latest year the text names): such an
 * anchor still places yearless dates, but says nothing of the reporting window, so no event is called historical
 * by it.
 */
public record Article(ArticleId id, PartialDate date, Optional<Lang> lang, String text,
                      Optional<String> title, Optional<String> url, Optional<String> source, String origin, boolean dateGiven) {
    public Article(ArticleId id, PartialDate date, Optional<Lang> lang, String text, Optional<String> title, Optional<String> url,
                   Optional<String> source, String origin) {
        this(id, date, lang, text, title, url, source, origin, true);
    }

    public Article {
        if (id == null || date == null || text == null || origin == null)
            throw new IllegalArgumentException("article needs id, date, text and origin");
        if (text.isBlank()) throw new IllegalArgumentException("article " + id + " has no text");
        lang = lang == null ? Optional.empty() : lang;
        title = title == null ? Optional.empty() : title;
        url = url == null ? Optional.empty() : url;
        source = source == null ? Optional.empty() : source;
    }

    public static Article of(String id, PartialDate date, Lang lang, String text) {
        return new Article(new ArticleId(id), date, Optional.ofNullable(lang), text,
                Optional.empty(), Optional.empty(), Optional.empty(), id);
    }

    public Article withLang(Lang l) { return new Article(id, date, Optional.of(l), text, title, url, source, origin, dateGiven); }
}
