//! "How to read this map": the method note, and the words of a citation, per
//! language. Placeholders: `{date}` (the source's date), `{version}` (the
//! data's version), and in citations `{map}`, `{title}`, `{url}`,
//! `{accessed}` and `{source}`.

/// The method note's texts, one paragraph per field.
#[derive(Debug)]
pub struct MethodText {
    pub heading: &'static str,
    pub source: &'static str,
    pub colours: &'static str,
    pub order: &'static str,
    pub overview: &'static str,
    pub not_covered: &'static str,
    pub words: &'static str,
    pub date: &'static str,
    pub version: &'static str,
    pub changes_heading: &'static str,
    pub cite_heading: &'static str,
    /// A citation of the whole map.
    pub cite_map: &'static str,
    /// A citation of one country's or one case's page.
    pub cite_item: &'static str,
    /// Inserted as `{accessed}` when the day of reading is known.
    pub accessed: &'static str,
    pub cite_country: &'static str,
    pub cite_case: &'static str,
}

pub const METHOD_EN: MethodText = MethodText {
    heading: "How to read this map",
    source: "All findings and cases on this map come from one source: “Central Asia: Renewed Engagement Offers Rights Opportunities”, a short news release that Human Rights Watch published in Berlin about its World Report 2024. It is not the 740-page report itself. Borders, capitals and neighbours come from Natural Earth.",
    colours: "Each issue has its own legend. Every step has a colour and a texture, so the map also reads in black and white; darker colours and denser textures mark the steps the editors judged more serious.",
    order: "The order of the steps is the editors’ reading of the release’s words. The release itself does not rank countries, and a country’s step says no more than the release says about it.",
    overview: "The overview counts how many of the map’s issues the release mentions for each country. It shows how much a short release says, not how severe the situation is; its purple shades count issues, and are not the severity steps of the issue maps.",
    not_covered: "Grey hatching, “Not mentioned in the source”, means that the release says nothing about that issue for that country. It does not mean there is no problem.",
    words: "Summaries, labels and translations are written by the map’s editors. Quotations are exact, in the release’s original English, so that every statement can be checked against the source.",
    date: "The information is as of the release’s publication, {date}; the map is not updated with later events.",
    version: "Data version {version}.",
    changes_heading: "Changes to the data",
    cite_heading: "How to cite",
    cite_map: "{map}. Data version {version}. {url}{accessed}. Based on: {source}.",
    cite_item: "{map}: “{title}”. Data version {version}. {url}{accessed}. Based on: {source}.",
    accessed: " (accessed {date})",
    cite_country: "Cite this page",
    cite_case: "Cite this case",
};

pub const METHOD_RU: MethodText = MethodText {
    heading: "Как читать эту карту",
    source: "Все выводы и случаи на карте взяты из одного источника: пресс-релиза Human Rights Watch о «Всемирном докладе 2024» «Central Asia: Renewed Engagement Offers Rights Opportunities» («Центральная Азия: возобновление взаимодействия открывает возможности для прав человека»), опубликованного в Берлине. Это короткий пресс-релиз, а не сам 740-страничный доклад. Границы, столицы и соседние страны взяты из Natural Earth.",
    colours: "У каждой темы своя легенда. У каждой ступени есть цвет и штриховка, поэтому карта читается и в черно-белом виде; более темные цвета и более плотная штриховка обозначают ступени, которые редакция сочла более серьезными.",
    order: "Порядок ступеней — прочтение редакцией формулировок пресс-релиза. Сам пресс-релиз не ранжирует страны, и ступень страны говорит не больше, чем пресс-релиз говорит о ней.",
    overview: "Обзор считает, сколько тем этой карты пресс-релиз упоминает по каждой стране. Он показывает, как много говорит короткий пресс-релиз, а не насколько тяжело положение; его фиолетовые оттенки отражают число тем, а не ступени тяжести на картах отдельных тем.",
    not_covered: "Серая штриховка, «В источнике не упоминается», означает, что пресс-релиз ничего не говорит об этой теме по данной стране. Это не значит, что проблемы нет.",
    words: "Краткие изложения, подписи и переводы написаны редакцией карты. Цитаты приводятся дословно, на английском языке оригинала, чтобы каждое утверждение можно было сверить с источником.",
    date: "Сведения приведены на дату публикации пресс-релиза, {date}; более поздние события на карту не вносятся.",
    version: "Версия данных: {version}.",
    changes_heading: "Изменения в данных",
    cite_heading: "Как ссылаться",
    cite_map: "{map}. Версия данных {version}. {url}{accessed}. По материалам: {source}.",
    cite_item: "{map}: «{title}». Версия данных {version}. {url}{accessed}. По материалам: {source}.",
    accessed: " (дата обращения: {date})",
    cite_country: "Как сослаться на эту страницу",
    cite_case: "Как сослаться на этот случай",
};
