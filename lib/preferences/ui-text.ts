import type { Lang } from "./preferences";

/**
 * Text with inline code: the caller says how to render a code span (a <code> element in React),
 * so this file stays free of any framework.
 */
export type WithCode = <T>(code: (text: string) => T) => (string | T)[];

/** The main navigation's entries, in order (lib/site.ts holds their paths). */
export type NavKey = "home" | "learn" | "demos" | "explainer" | "instructors";

/**
 * Every word of the site's chrome that follows the lang preference: header, footer, the home and
 * index pages, the embed's frame, the theme and language controls, and the page titles. Lessons,
 * demos and tools stay in English (`contentNote` says so on pages in another language). One entry
 * per language, each a full UiText: a key missing in one language is a type error.
 */
export interface UiText {
  skipToContent: string;
  greeting: string;
  /** The <title> of the home page, and the site's description for search engines. */
  siteTitle: string;
  siteDescription: string;
  /** A note at the top of every page whose lessons or demos are not in this language; null in English. */
  contentNote: string | null;
  /**
   * `menu` opens the links on a narrow screen; `theme` labels the header's theme control, `themes` its
   * short choices; `search` names the header's search box (a search in English: /search is not translated).
   */
  nav: {
    label: string;
    menu: string;
    theme: string;
    themes: { light: string; dark: string; system: string };
    search: { label: string; placeholder: string };
  } & Record<NavKey, string>;
  footer: {
    privacy: string;
    rulesBefore: string;
    rulesAbbrTitle: string;
    rulesAfter: string;
    study: { label: string; glossary: string; cheatSheet: string; search: string };
    reset: string;
  };
  home: {
    heading: string;
    intro: string;
    points: [{ lead: string; rest: string }, { lead: string; rest: string }, { lead: string; rest: string }];
    /** Followed by the first lesson's title, which stays in English. */
    startLesson: string;
    allLessons: string;
    allDemos: string;
    compareHeading: string;
    compareIntro: string;
    compareTable: string;
    /** Shown under the table where it is wider than the screen. */
    compareScroll: string;
    compareColumns: { mechanism: string; dataLives: string; browserHolds: string; revocable: string; size: string };
    compareLink: string;
  };
  learn: { title: string; description: string; intro: string };
  demos: { title: string; heading: string; description: string; intro: string };
  instructors: { title: string; description: string; intro: WithCode; language: WithCode; oembed: WithCode };
  embed: {
    openInLab: string;
    opensInNewTab: string;
    /** Under the embed's title when the demo is not in this language; null in English. */
    contentNote: string | null;
    bannerTitle: (embedder: string | null) => string;
    bannerIntro: string;
    bannerBlocked: string;
    /** Firefox: no unpartitioned cookies in the frame is its default, Total Cookie Protection; the argument names it ("Firefox 153"). */
    bannerPartitioned: (engine: string) => string;
    bannerAllowed: string;
    /** Whose verdicts the list shows: the engine the page runs in (null: not one the explainer models, so Chromium's). */
    bannerVerdicts: (engine: string | null, modelled: boolean) => string;
    bannerAttributes: WithCode;
    bannerSamples: string;
    kept: string;
    keptPartitioned: (how: string) => string;
    refused: (code: string) => string;
  };
  preferences: {
    theme: string;
    language: string;
    themes: { light: string; dark: string; system: string };
    save: string;
    reload: string;
    clear: string;
    servedAs: string;
  };
}

const en: UiText = {
  skipToContent: "Skip to content",
  greeting: "Welcome to the lab!",
  siteTitle: "Cookie & Session Lab",
  siteDescription:
    "Learn how websites remember people: cookies, sealed cookies, JWTs and server-side sessions, side by side, with live demos that show every header.",
  contentNote: null,
  nav: {
    label: "Main",
    menu: "Menu",
    theme: "Theme",
    themes: { light: "Light", dark: "Dark", system: "Auto" },
    search: { label: "Search the lab", placeholder: "Search" },
    home: "Home",
    learn: "Learn",
    demos: "Demos",
    explainer: "Explainer",
    instructors: "Instructors",
  },
  footer: {
    privacy: "Every demo here really sets cookies in your browser for this site only. Nothing is tracked or shared.",
    rulesBefore: "Built to the cookie rules of ",
    rulesAbbrTitle: "the current draft of the HTTP State Management Mechanism",
    rulesAfter: ".",
    study: { label: "Study aids", glossary: "Glossary", cheatSheet: "Cheat sheet", search: "Search" },
    reset: "Reset all lab cookies",
  },
  home: {
    heading: "How do websites remember you?",
    intro:
      "HTTP forgets everything between two requests. Sites remember your login, your cart and your theme with cookies, and often with a session on the server keyed by a cookie. This lab teaches both, and shows them for real: every demo sets actual cookies in your browser, and an inspector shows the headers on the wire, what JavaScript can see and what the server keeps, side by side.",
    points: [
      { lead: "Thirteen short lessons", rest: ", from why HTTP needs help to choosing between cookies, sealed cookies, JWTs and sessions." },
      { lead: "Live demos", rest: " inside each lesson, and on their own pages." },
      { lead: "An explainer", rest: " that tells you what a browser does with any Set-Cookie line." },
    ],
    startLesson: "Start with lesson 1:",
    allLessons: "All lessons",
    allDemos: "All demos",
    compareHeading: "Four ways to keep state",
    compareIntro:
      "A “session cookie” is only a cookie without an expiry date; a session is data the server keeps. They are different things, and the demos let you compare them like for like.",
    compareTable: "Comparison table, scrolls sideways",
    compareScroll: "Swipe or scroll the table sideways to see every column.",
    compareColumns: {
      mechanism: "Mechanism",
      dataLives: "Where the data lives",
      browserHolds: "What the browser holds",
      revocable: "Can the server revoke it?",
      size: "Size",
    },
    compareLink: "The full comparison: size, lifetime, revocation, scaling, cost per request, and when to use which",
  },
  learn: {
    title: "Learn",
    description: "Thirteen short lessons on cookies, sessions, sealed cookies and JWTs, each beside a live demo.",
    intro:
      "Thirteen short lessons, in order, from “why does a website need to remember anything?” to choosing between a cookie, a sealed cookie, a JWT and a server-side session. Each lesson places live demos where they explain the point: they set real cookies in your browser.",
  },
  demos: {
    title: "Demos",
    heading: "Live demos",
    description: "Live demos: every one really sets cookies and keeps sessions.",
    intro:
      "Each demo makes real requests to this site's API and shows, side by side, the Set-Cookie lines that came back, the Cookie header your browser sent, what JavaScript can see, and what the server keeps.",
  },
  instructors: {
    title: "For instructors: embed a demo",
    description: "Put any live demo of the lab in your course page or slides: pick its options, copy the iframe or a link.",
    intro: (code) => [
      "Every demo works inside your own course page, LMS or slides: pick one, set its options, and paste the iframe. Embedded on your site, the demo's cookies are third-party cookies, so it sets them ",
      code("SameSite=None; Secure; Partitioned"),
      " and explains why, right inside the frame: the embed is itself a lesson on third-party cookies.",
    ],
    language: (code) => [
      "The frame's own words (the link back, the third-party cookie banner, the notes) can be in French: choose it below, or add ",
      code("?lang=fr"),
      " to the embed's URL. The demo itself stays in English.",
    ],
    oembed: (code) => [
      "Sites that understand oEmbed (many LMSs and blog engines) embed a demo from its plain URL, such as ",
      code("/demos/cookie-basics"),
      ".",
    ],
  },
  embed: {
    openInLab: "Open in Cookie & Session Lab",
    opensInNewTab: " (opens in a new tab)",
    contentNote: null,
    bannerTitle: (embedder) => `Embedded on ${embedder ?? "another site"}: here our cookies are third-party cookies`,
    bannerIntro: "This demo runs in a frame on another site, so to your browser every cookie it sets belongs to a third party.",
    bannerBlocked:
      "Your browser blocks third-party cookies here. Safari, and Chrome in Incognito or with the setting on, then keep a cookie only if it is Partitioned (CHIPS); Firefox keeps every one, but in a separate jar for this host site (Total Cookie Protection). Either way a cookie stored here stays in this host site's jar: it cannot follow you to other sites.",
    bannerPartitioned: (engine) =>
      `Your browser, ${engine}, keeps third-party cookies here, Partitioned or not, but each in a separate jar for this host site (Total Cookie Protection); Safari, and Chrome in Incognito or with the setting on, would keep only Partitioned ones (CHIPS). Either way a cookie stored here stays in this host site's jar: it cannot follow you to other sites.`,
    bannerAllowed:
      "Your browser allows third-party cookies here, as Chrome does by default (December 2026). Safari blocks them and keeps only Partitioned ones (CHIPS); Firefox keeps each one in a separate jar for this host site (Total Cookie Protection).",
    bannerAttributes: (code) => [
      "So every cookie in this embed is sent with ",
      code("SameSite=None"),
      " (sent in a cross-site frame at all), ",
      code("Secure"),
      " (which SameSite=None requires), ",
      code("Partitioned"),
      " and ",
      code("Path=/"),
      ".",
    ],
    bannerVerdicts: (engine, modelled) =>
      modelled ? `The verdicts below are ${engine}'s.` : `The explainer does not model ${engine ?? "this browser"}: the verdicts below are Chromium's.`,
    bannerSamples: "What the explainer says about three lines in this frame",
    kept: "kept",
    keptPartitioned: (how) => `kept, partitioned (${how})`,
    refused: (code) => `refused (${code})`,
  },
  preferences: {
    theme: "Theme",
    language: "Language",
    themes: { light: "Light", dark: "Dark", system: "System (follow the device)" },
    save: "Save",
    reload: "Reload the page",
    clear: "Clear preferences",
    servedAs: "This page arrived from the server as",
  },
};

// French typography: a no-break space (U+00A0) before : ; ? ! and inside « guillemets », so a line never starts with one.
const fr: UiText = {
  skipToContent: "Aller au contenu",
  greeting: "Bienvenue au labo !",
  siteTitle: "Cookie & Session Lab : cookies et sessions, côte à côte",
  siteDescription:
    "Comprendre comment les sites se souviennent de vous : cookies, cookies scellés, JWT et sessions côté serveur, côte à côte, avec des démos en direct qui montrent chaque en-tête.",
  contentNote: "Les leçons, les démos et l'explicateur sont en anglais ; les menus, l'accueil et les pages d'index sont traduits.",
  nav: {
    label: "Principale",
    menu: "Menu",
    theme: "Thème",
    themes: { light: "Clair", dark: "Sombre", system: "Auto" },
    search: { label: "Rechercher dans le labo", placeholder: "Rechercher" },
    home: "Accueil",
    learn: "Apprendre",
    demos: "Démos",
    explainer: "Explicateur",
    instructors: "Enseignants",
  },
  footer: {
    privacy: "Chaque démo dépose de vrais cookies dans votre navigateur, pour ce site seulement. Rien n'est pisté ni partagé.",
    rulesBefore: "Conforme aux règles des cookies de la ",
    rulesAbbrTitle: "la version de travail actuelle du mécanisme de gestion d'état de HTTP",
    rulesAfter: ".",
    study: { label: "Pour réviser", glossary: "Glossaire", cheatSheet: "Aide-mémoire", search: "Recherche" },
    reset: "Effacer tous les cookies du labo",
  },
  home: {
    heading: "Comment les sites se souviennent-ils de vous ?",
    intro:
      "HTTP oublie tout entre deux requêtes. Les sites retiennent votre connexion, votre panier et votre thème grâce aux cookies, et souvent grâce à une session gardée sur le serveur et retrouvée par un cookie. Ce labo enseigne les deux, et les montre pour de vrai : chaque démo dépose de vrais cookies dans votre navigateur, et un inspecteur montre côte à côte les en-têtes échangés, ce que JavaScript peut voir et ce que le serveur garde.",
    points: [
      {
        lead: "Treize leçons courtes",
        rest: ", de la raison pour laquelle HTTP a besoin d'aide jusqu'au choix entre cookies, cookies scellés, JWT et sessions.",
      },
      { lead: "Des démos en direct", rest: " dans chaque leçon, et sur leurs propres pages." },
      { lead: "Un explicateur", rest: " qui vous dit ce qu'un navigateur fait de n'importe quelle ligne Set-Cookie." },
    ],
    startLesson: "Commencer par la leçon 1 :",
    allLessons: "Toutes les leçons",
    allDemos: "Toutes les démos",
    compareHeading: "Quatre façons de garder un état",
    compareIntro:
      "Un « cookie de session » n'est qu'un cookie sans date d'expiration ; une session, ce sont des données que garde le serveur. Ce sont deux choses différentes, et les démos permettent de les comparer à armes égales.",
    compareTable: "Tableau comparatif, défile horizontalement",
    compareScroll: "Faites défiler le tableau sur le côté pour voir toutes les colonnes.",
    compareColumns: {
      mechanism: "Mécanisme",
      dataLives: "Où vivent les données",
      browserHolds: "Ce que garde le navigateur",
      revocable: "Le serveur peut-il le révoquer ?",
      size: "Taille",
    },
    compareLink: "La comparaison complète (en anglais) : taille, durée de vie, révocation, passage à l'échelle, coût par requête, et quand choisir quoi",
  },
  learn: {
    title: "Apprendre",
    description: "Treize leçons courtes sur les cookies, les sessions, les cookies scellés et les JWT, chacune accompagnée d'une démo en direct.",
    intro:
      "Treize leçons courtes, dans l'ordre, de « pourquoi un site a-t-il besoin de se souvenir de quoi que ce soit ? » jusqu'au choix entre un cookie, un cookie scellé, un JWT et une session côté serveur. Chaque leçon place des démos en direct là où elles éclairent le propos : elles déposent de vrais cookies dans votre navigateur.",
  },
  demos: {
    title: "Démos",
    heading: "Démos en direct",
    description: "Démos en direct : chacune dépose de vrais cookies et garde de vraies sessions.",
    intro:
      "Chaque démo envoie de vraies requêtes à l'API de ce site et montre, côte à côte, les lignes Set-Cookie reçues, l'en-tête Cookie envoyé par votre navigateur, ce que JavaScript peut voir et ce que garde le serveur.",
  },
  instructors: {
    title: "Pour les enseignants : intégrer une démo",
    description: "Intégrez n'importe quelle démo du labo à votre page de cours ou à vos diapositives : choisissez ses options, copiez l'iframe ou un lien.",
    intro: (code) => [
      "Chaque démo fonctionne dans votre propre page de cours, votre LMS ou vos diapositives : choisissez-en une, réglez ses options et collez l'iframe. Intégrée à votre site, la démo dépose des cookies tiers ; elle les marque donc ",
      code("SameSite=None; Secure; Partitioned"),
      " et explique pourquoi, dans le cadre même : l'intégration est elle-même une leçon sur les cookies tiers.",
    ],
    language: (code) => [
      "Les mots du cadre lui-même (le lien vers le labo, le bandeau sur les cookies tiers, les notes) peuvent être en français : choisissez-le ci-dessous, ou ajoutez ",
      code("?lang=fr"),
      " à l'URL de l'intégration. La démo elle-même reste en anglais.",
    ],
    oembed: (code) => [
      "Les sites qui comprennent oEmbed (beaucoup de LMS et de moteurs de blog) intègrent une démo à partir de sa simple URL, comme ",
      code("/demos/cookie-basics"),
      ".",
    ],
  },
  embed: {
    openInLab: "Ouvrir dans Cookie & Session Lab",
    opensInNewTab: " (s'ouvre dans un nouvel onglet)",
    contentNote: "Cette démo et son inspecteur sont en anglais.",
    bannerTitle: (embedder) => `Intégrée sur ${embedder ?? "un autre site"} : ici, nos cookies sont des cookies tiers`,
    bannerIntro: "Cette démo tourne dans un cadre sur un autre site : pour votre navigateur, chaque cookie qu'elle dépose appartient donc à un tiers.",
    bannerBlocked:
      "Votre navigateur bloque ici les cookies tiers. Safari, et Chrome en navigation privée ou avec le réglage activé, ne gardent alors un cookie que s'il est Partitioned (CHIPS) ; Firefox les garde tous, mais dans une réserve à part pour ce site hôte (protection totale contre les cookies). Dans tous les cas, un cookie gardé ici reste dans la réserve de ce site hôte : il ne peut pas vous suivre sur d'autres sites.",
    bannerPartitioned: (engine) =>
      `Votre navigateur, ${engine}, garde ici les cookies tiers, Partitioned ou non, mais chacun dans une réserve à part pour ce site hôte (protection totale contre les cookies) ; Safari, et Chrome en navigation privée ou avec le réglage activé, ne garderaient que ceux marqués Partitioned (CHIPS). Dans tous les cas, un cookie gardé ici reste dans la réserve de ce site hôte : il ne peut pas vous suivre sur d'autres sites.`,
    bannerAllowed:
      "Votre navigateur autorise ici les cookies tiers, comme Chrome par défaut (décembre 2026). Safari les bloque et ne garde que ceux marqués Partitioned (CHIPS) ; Firefox range chacun dans une réserve à part pour ce site hôte (protection totale contre les cookies).",
    bannerAttributes: (code) => [
      "Chaque cookie de cette intégration part donc avec ",
      code("SameSite=None"),
      " (pour être envoyé dans un cadre intersite), ",
      code("Secure"),
      " (qu'exige SameSite=None), ",
      code("Partitioned"),
      " et ",
      code("Path=/"),
      ".",
    ],
    bannerVerdicts: (engine, modelled) =>
      modelled
        ? `Les verdicts ci-dessous sont ceux de ${engine}.`
        : `L'explicateur ne modélise pas ${engine ?? "ce navigateur"} : les verdicts ci-dessous sont ceux de Chromium.`,
    bannerSamples: "Ce que l'explicateur dit de trois lignes dans ce cadre",
    kept: "gardé",
    keptPartitioned: (how) => `gardé, partitionné (${how})`,
    refused: (code) => `refusé (${code})`,
  },
  preferences: {
    theme: "Thème",
    language: "Langue",
    themes: { light: "Clair", dark: "Sombre", system: "Système (comme l'appareil)" },
    save: "Enregistrer",
    reload: "Recharger la page",
    clear: "Effacer les préférences",
    servedAs: "Le serveur a envoyé cette page avec",
  },
};

export const UI_TEXT: Record<Lang, UiText> = { en, fr };

/** The lang attribute for English text on a page in `pageLang` (WCAG 3.1.2, language of parts), or none on an English page. */
export function englishOn(pageLang: Lang): "en" | undefined {
  return pageLang === "en" ? undefined : "en";
}
