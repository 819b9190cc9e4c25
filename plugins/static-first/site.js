// @ts-check
/**
 * The only script of a content page (plugins/static-first): the controls React runs on the search
 * page, on the HTML as the build wrote it. Plain JavaScript for every browser the site supports; no
 * build step. Each part finds its markup or does nothing, so a page without it (the home page has no
 * sidebar) costs nothing. Strings that change as a control is used come translated in the page
 * (src/components/StaticFirst); the colour mode's storage and key come on this script's tag. The
 * quick exit is not here: the inline script at the top of the page runs it (plugins/quick-exit-first-paint.ts).
 */
(() => {
  'use strict';
  const root = document.documentElement;
  const tag = document.currentScript;
  const themeKey = tag?.dataset.themeKey ?? 'theme';
  // Where the theme keeps the colour mode (docusaurus.config.ts: `storage`); reading it may throw.
  const themeStorage = () =>
    tag?.dataset.themeStorage === 'localStorage' ? localStorage : sessionStorage;
  /** @type {HTMLElement | null} */
  const stringsElement = document.querySelector('[data-static-strings]');
  /** @type {Record<string, string | undefined>} */
  const strings = JSON.parse(stringsElement?.dataset.staticStrings ?? '{}');
  /** @type {(template: string | undefined, name: string, value: string) => string} */
  const fill = (template, name, value) => (template ?? '').replace(`{${name}}`, value);

  // ── Colour mode: system → light → dark, kept where the theme's inline script reads it ──
  /** @type {HTMLButtonElement | null} */
  const toggle = document.querySelector('.navbar [class*="colorModeToggle"] button');
  if (toggle) {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const stored = () => {
      try {
        return themeStorage().getItem(themeKey);
      } catch {
        return null;
      }
    };
    /** @param {string | null} choice */
    const apply = (choice) => {
      root.setAttribute('data-theme', choice ?? (media.matches ? 'dark' : 'light'));
      root.setAttribute('data-theme-choice', choice ?? 'system');
      const name = strings[choice ?? 'system'] ?? '';
      toggle.title = name;
      toggle.setAttribute('aria-label', fill(strings.colourMode, 'mode', name));
    };
    toggle.disabled = false;
    toggle.className = toggle.className.replace(/\s*toggleButtonDisabled\S*/, '');
    toggle.addEventListener('click', () => {
      const current = stored();
      const next = current === null ? 'light' : current === 'light' ? 'dark' : null;
      try {
        if (next === null) themeStorage().removeItem(themeKey);
        else themeStorage().setItem(themeKey, next);
      } catch {
        // Storage refused (private mode): the choice lasts for this page.
      }
      apply(next);
    });
    media.addEventListener('change', () => apply(stored()));
    apply(stored());
  }

  // ── Sidebar categories (also in the phone menu's copy of the sidebar) ──
  /** @type {(caret: Element, expanded: boolean) => void} */
  const setExpanded = (caret, expanded) => {
    const item = caret.closest('.menu__list-item');
    /** @type {HTMLElement | null | undefined} */
    const list = item?.querySelector(':scope > .menu__list');
    item?.classList.toggle('menu__list-item--collapsed', !expanded);
    if (list) list.hidden = !expanded;
    caret.setAttribute('aria-expanded', String(expanded));
    const label = item?.querySelector('.menu__link')?.textContent ?? '';
    caret.setAttribute(
      'aria-label',
      fill(expanded ? strings.collapse : strings.expand, 'label', label),
    );
  };

  // ── Phone menu: the theme renders it only in the browser; built here from the page's own links ──
  const navbar = document.querySelector('nav.navbar');
  const menuButton = navbar?.querySelector('.navbar__toggle');
  /** @type {HTMLElement | undefined} */
  let menu;
  const closeMenu = () => {
    navbar?.classList.remove('navbar-sidebar--show');
    menuButton?.setAttribute('aria-expanded', 'false');
    document.body.style.overflow = '';
  };
  /** @param {HTMLAnchorElement} link */
  const menuItem = (link) => {
    const item = document.createElement('li');
    item.className = 'menu__list-item';
    const copy = document.createElement('a');
    copy.className = `menu__link${link.classList.contains('navbar__link--active') ? ' menu__link--active' : ''}`;
    copy.href = link.getAttribute('href') ?? '';
    copy.textContent = link.textContent;
    if (link.lang) copy.lang = link.lang;
    item.append(copy);
    return item;
  };
  /** @param {Element} navbar */
  const buildMenu = (navbar) => {
    menu = document.createElement('div');
    menu.className = 'navbar-sidebar';
    const brand = document.createElement('div');
    brand.className = 'navbar-sidebar__brand';
    const logo = navbar.querySelector('.navbar__brand');
    if (logo) brand.append(logo.cloneNode(true));
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'clean-btn navbar-sidebar__close';
    close.setAttribute('aria-label', strings.closeMenu ?? '');
    close.textContent = '×';
    close.addEventListener('click', closeMenu);
    brand.append(close);
    const items = document.createElement('div');
    items.className = 'navbar-sidebar__items';
    const panel = document.createElement('div');
    panel.className = 'navbar-sidebar__item menu';
    const list = document.createElement('ul');
    list.className = 'menu__list';
    /** @type {NodeListOf<HTMLAnchorElement>} */
    const links = navbar.querySelectorAll(
      '.navbar__items:not(.navbar__items--right) > a.navbar__link, .navbar .dropdown__menu a',
    );
    links.forEach((link) => list.append(menuItem(link)));
    panel.append(list);
    const sidebar = document.querySelector('.theme-doc-sidebar-menu');
    if (sidebar) panel.append(sidebar.cloneNode(true));
    items.append(panel);
    menu.append(brand, items);
    navbar.append(menu);
    return menu;
  };
  menuButton?.addEventListener('click', () => {
    if (!navbar) return;
    const shown = menu ?? buildMenu(navbar);
    navbar.classList.add('navbar-sidebar--show');
    menuButton.setAttribute('aria-expanded', 'true');
    document.body.style.overflow = 'hidden';
    shown.querySelector('a')?.focus();
  });
  navbar?.querySelector('.navbar-sidebar__backdrop')?.addEventListener('click', closeMenu);

  // ── Table of contents on a phone: the theme renders its list only in the browser ──
  /** @type {HTMLButtonElement | null} */
  const tocButton = document.querySelector('.theme-doc-toc-mobile > button');
  const tocList = document.querySelector('.theme-doc-toc-desktop .table-of-contents');
  if (tocButton && tocList) {
    /** @type {HTMLElement | undefined} */
    let copy;
    tocButton.setAttribute('aria-expanded', 'false');
    tocButton.addEventListener('click', () => {
      if (!copy) {
        copy = /** @type {HTMLElement} */ (tocList.cloneNode(true));
        copy.hidden = true;
        tocButton.after(copy);
        copy.addEventListener('click', (event) => {
          if (event.target instanceof Element && event.target.closest('a')) tocButton.click();
        });
      }
      copy.hidden = !copy.hidden;
      tocButton.setAttribute('aria-expanded', String(!copy.hidden));
    });
  }

  // ── Term tooltips (src/components/Term): CSS shows them; here the native title goes, Escape hides ──
  /** @param {Element} link */
  const tooltipOf = (link) => document.getElementById(link.getAttribute('aria-describedby') ?? '');
  document.querySelectorAll('a[aria-describedby][title]').forEach((link) => {
    if (tooltipOf(link)?.getAttribute('role') === 'tooltip') link.removeAttribute('title');
  });
  /** @param {EventTarget | null} target */
  const termOf = (target) =>
    target instanceof Element ? target.closest('span:has(> [role="tooltip"])') : null;
  /** @param {Event} event */
  const undismiss = (event) => termOf(event.target)?.removeAttribute('data-dismissed');
  document.addEventListener('focusout', undismiss);
  document.addEventListener('mouseleave', undismiss, true);

  // ── Moves that replace the tab's history entry, if the reader chose so (src/components/HistoryChoice) ──
  const historyKey = 'nc-sos-replace-history';
  /** @type {<T>(action: (storage: Storage) => T) => T | null} */
  const session = (action) => {
    try {
      return action(sessionStorage);
    } catch {
      return null; // Storage refused (a privacy setting): nothing is kept, Back works as usual.
    }
  };
  const replaceChosen = () => session((storage) => storage.getItem(historyKey)) === 'on';
  /** @type {HTMLInputElement | null} */
  const choice = document.querySelector('input[data-history-choice]');
  if (choice) {
    choice.checked = replaceChosen();
    choice.disabled = false;
    choice.addEventListener('change', () =>
      session((storage) =>
        choice.checked ? storage.setItem(historyKey, 'on') : storage.removeItem(historyKey),
      ),
    );
  }
  /** A same-site link that loads a page in this tab, clicked without a modifier key. */
  /** @param {MouseEvent} event */
  const pageLink = (event) => {
    if (event.defaultPrevented || event.button !== 0) return null;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
    if (link.target !== '' && link.target !== '_self') return null;
    return link.origin === location.origin ? link : null;
  };
  addEventListener('click', (event) => {
    const link = replaceChosen() ? pageLink(event) : null;
    if (!link) return;
    event.preventDefault();
    location.replace(link.href);
  });

  // ── The navbar's search field opens the search page, the words kept out of the address ──
  // (src/theme/SearchBar: `handedQueryKey`; the search page takes them out of storage at once).
  /** @type {HTMLFormElement | null} */
  const searchForm = document.querySelector('.navbar form[role="search"]');
  searchForm?.addEventListener('submit', (event) => {
    const field = searchForm.elements.namedItem('q');
    const words = field instanceof HTMLInputElement ? field.value : '';
    if (session((storage) => storage.setItem('nc-sos-search-words', words)) === null) return;
    event.preventDefault();
    const open = replaceChosen() ? location.replace : location.assign;
    open.call(location, searchForm.action);
  });

  // ── Back to top: the theme's button, shown once the reader is some way down (src/css/custom.css) ──
  /** @type {HTMLButtonElement | null} */
  const backToTop = document.querySelector('.theme-back-to-top-button');
  if (backToTop) {
    const place = () => backToTop.toggleAttribute('data-shown', scrollY > 300);
    addEventListener('scroll', place, {passive: true});
    place();
    backToTop.addEventListener('click', () => scrollTo({top: 0, behavior: 'smooth'}));
  }

  // ── One listener for clicks and keys that the parts above share ──
  /** @param {Element} target */
  const dropdownOf = (target) => target.closest('.navbar .dropdown');
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const caret = target.closest('.menu__caret');
    if (caret) setExpanded(caret, caret.getAttribute('aria-expanded') !== 'true');
    // The language switch: its "#" link opens the list, as the theme's does.
    const opener = target.closest('.navbar .dropdown > a[href="#"]');
    if (opener) event.preventDefault();
    document.querySelectorAll('.navbar .dropdown--show').forEach((open) => {
      if (open !== dropdownOf(target)) open.classList.remove('dropdown--show');
    });
    if (opener) {
      const shown = opener.parentElement?.classList.toggle('dropdown--show') ?? false;
      opener.setAttribute('aria-expanded', String(shown));
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      termOf(event.target)?.setAttribute('data-dismissed', 'true');
      if (navbar?.classList.contains('navbar-sidebar--show')) closeMenu();
    }
    // Ctrl+K or ⌘K, whatever the keyboard layout: the search field (a form to the search page).
    if ((event.ctrlKey || event.metaKey) && event.code === 'KeyK') {
      /** @type {HTMLInputElement | null} */
      const field = document.querySelector('.navbar__search-input');
      if (field) {
        event.preventDefault();
        field.focus();
      }
    }
  });

  // ── Blocks whose code loads when a reader opens them ("Cite this page") ──
  // `<details data-on-demand="…/cite.<hash>.js">`: a closed block's code weighs nothing on the page.
  /** @type {Set<string>} */
  const loadedOnDemand = new Set();
  /** @param {Element} details */
  const loadOnDemand = (details) => {
    const src = details.getAttribute('data-on-demand');
    if (!(details instanceof HTMLDetailsElement) || !details.open || !src) return;
    if (loadedOnDemand.has(src)) return;
    loadedOnDemand.add(src);
    const script = document.createElement('script');
    script.src = src;
    script.defer = true;
    document.head.appendChild(script);
  };
  // `toggle` does not bubble: listen in the capture phase.
  document.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof Element) loadOnDemand(event.target);
    },
    true,
  );
  // Opened before this script ran.
  document.querySelectorAll('details[data-on-demand][open]').forEach(loadOnDemand);

  // For the browser tests, as React's `data-has-hydrated` is for a hydrated page.
  root.setAttribute('data-static-ready', 'true');
})();
