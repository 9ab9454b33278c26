// The one script a page runs before it paints. It is written into each page's head as text, allowed by its sha256 hash in
// the CSP (no 'unsafe-inline'), so it is plain ES2017 without imports. It does three things:
// 1. An old link (`/5.7.750/connectors?lng=ja`, no language in the path) goes to its language's page before anything
//    is drawn: the path's language, then `?lng=`, then the saved choice, then the browser's (as chooseLanguage does).
//    A language written in another case (`/JA/…`) is corrected.
// 2. Until the app has started, a click on one of its buttons does nothing but is remembered, and forms do not submit
//    (which would reload the page and lose what was typed); the app replays the last click once it runs.
// 3. After the first paint, it loads the app (its entry is named by <meta name="unblock-entry">, the modules the
//    entry imports by <meta name="unblock-preload">, requested with it): the page is read first, and nothing of the
//    app is fetched before it is drawn.
import { LANGUAGE_STORAGE_KEY, languages } from '../lib/languages.ts';

/** The script's text for a build under `base` (`/` or `/help/unblock/`). Its hash goes into the CSP. */
export function earlyScript(base: string): string {
  const constants = JSON.stringify({ base, key: LANGUAGE_STORAGE_KEY, slugs: languages.map((language) => language.toLowerCase()) });
  return `(function(){var c=${constants};${body}})();`;
}

// normalize() mirrors normalizeLanguage in src/lib/languages.ts; the unit test runs both on one table.
const body = [
  'var d=document,l=location,root=d.documentElement;',
  'function normalize(tag){if(!tag)return"";var p=String(tag).trim().replace(/_/g,"-").toLowerCase().split("-"),r=p.slice(1);',
  'if(p[0]==="en"||p[0]==="ja")return p[0];',
  'if(p[0]==="zh"&&(r.indexOf("hant")>-1||r.indexOf("tw")>-1||r.indexOf("hk")>-1||r.indexOf("mo")>-1))return"zh-tw";return"";}',
  'var path=l.pathname;',
  'if(path.slice(0,c.base.length)===c.base||path+"/"===c.base){',
  'var rest=path.slice(c.base.length),parts=rest.split("/"),first=parts[0].toLowerCase();',
  'var go=function(to){root.hidden=true;l.replace(to);};',
  'if(c.slugs.indexOf(first)>-1){if(parts[0]!==first){parts[0]=first;go(c.base+parts.join("/")+l.search+l.hash);return;}}',
  'else{var q=new URLSearchParams(l.search),saved=null;try{saved=localStorage.getItem(c.key);}catch(e){}',
  'var tags=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language],lng=normalize(q.get("lng"))||normalize(saved);',
  'for(var i=0;!lng&&i<tags.length;i++)lng=normalize(tags[i]);',
  'q.delete("lng");var s=q.toString();go(c.base+(lng||"en")+"/"+rest+(s?"?"+s:"")+l.hash);return;}}',
  // Until the app runs: buttons remember the last click, forms do not submit.
  'root.setAttribute("data-booting","");var early=window.unblockEarly={clicks:[]};',
  'd.addEventListener("click",function(e){if(!root.hasAttribute("data-booting"))return;',
  'var b=e.target&&e.target.closest&&e.target.closest("#root button");if(!b)return;e.preventDefault();early.clicks=[b];},true);',
  'd.addEventListener("submit",function(e){if(root.hasAttribute("data-booting"))e.preventDefault();},true);',
  // A frame then a task is after the first paint; the timer also starts the app in a tab that paints no frames.
  // The modules the entry imports are requested with it (<meta name="unblock-preload">), not after it has arrived.
  'var started=false,start=function(){if(started)return;started=true;var m=d.querySelector(\'meta[name="unblock-entry"]\');',
  'if(!m)return;var p=d.querySelector(\'meta[name="unblock-preload"]\'),list=p?p.content.split(" "):[];',
  // One insertion for all the links: one each costs about a millisecond apiece on a fast machine.
  'var f=d.createDocumentFragment();for(var j=0;j<list.length;j++){if(!list[j])continue;var k=d.createElement("link");k.rel="modulepreload";k.href=list[j];f.appendChild(k);}d.head.appendChild(f);',
  'var s=d.createElement("script");s.type="module";s.src=m.content;d.body.appendChild(s);};',
  'd.addEventListener("DOMContentLoaded",function(){requestAnimationFrame(function(){setTimeout(start,0);});setTimeout(start,250);});',
].join('');
