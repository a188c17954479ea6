/** The faces the text is set in, those the reader's system has: the first one it has wins. */
export const textFamilies =
  'Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"Noto Serif","DejaVu Serif",serif'

/**
 * The page's own stylesheet: an official report's look on screen (a measure of
 * about 70 characters, numbered paragraphs with their numbers in a gutter) and on A4
 * paper. Holds no report text, so nothing a report says can reach the CSS.
 */
export const stylesheet = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--rule:#c9c9c4;--link:#0b4a85;--paper:#fff;--tint:#f6f6f3;--gutter:3rem}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font-family:${textFamilies};font-size:1.0625rem;line-height:1.6;overflow-wrap:anywhere}
.page{max-width:calc(37rem + var(--gutter) + 2.5rem);margin:0 auto;padding:1.5rem 1.25rem 4rem}
a{color:var(--link);text-decoration-thickness:1px;text-underline-offset:.15em}
.address-part{white-space:nowrap}
.print-address{display:none}
a:hover{text-decoration-thickness:2px}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip-link{position:absolute;inset-inline-start:-100vw;top:0;padding:.5rem 1rem;background:var(--paper)}
.skip-link:focus{inset-inline-start:1rem;top:1rem;z-index:1}
.watermark{display:none}
.banner{margin:0 0 1.5rem;padding:.6rem 1rem;border-inline-start:.4rem solid #a65f00;background:#fff4d6;color:#3a2700;font-weight:700;font-style:italic;letter-spacing:.02em;text-align:start}
.notice{margin:0 0 1rem;font-size:.875rem;font-weight:700;letter-spacing:.04em;color:#7a1a1a;text-align:start}
.masthead{margin:0 0 1.75rem;padding:0 0 1.5rem;border-bottom:2px solid var(--ink);text-align:center}
.masthead p{margin:.3rem 0}
.masthead-references{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;margin:0 0 1rem;padding:0 0 .5rem;border-bottom:1px solid var(--rule);font-size:.875rem;text-align:start}
.masthead h1{margin:.75rem 0 1rem;font-size:1.55rem;line-height:1.3}
.masthead-status{padding-top:.75rem;font-size:.9375rem;font-weight:700}
.comment-line{margin:1.25rem 0 0!important;padding:.75rem 1rem;border:1px solid var(--rule);background:var(--tint);font-size:.9375rem;font-style:italic;text-align:start}
.contents{margin:0 0 2.5rem;padding:1rem 1.25rem;border:1px solid var(--rule);background:var(--tint);font-size:.9375rem;line-height:1.45}
.contents h2{margin:0 0 .5rem;font-size:1rem}
.contents ol{display:grid;grid-template-columns:max-content 1fr;column-gap:.6rem;margin:0;padding:0;list-style:none}
.contents li{display:grid;grid-column:1/-1;grid-template-columns:subgrid;margin:.3rem 0}
.contents a{display:grid;grid-column:1/-1;grid-template-columns:subgrid;text-decoration:none}
.contents a:not(:has(.toc-numeral)){display:block;grid-column:2}
.contents a:hover{text-decoration:underline}
h2{margin:2.5rem 0 1rem;font-size:1.25rem;line-height:1.35;break-after:avoid}
h3{margin:1.75rem 0 .75rem;font-size:1.0625rem;font-style:italic}
h2,h3{break-inside:avoid}
main section{padding-inline-start:var(--gutter)}
main section>h2{margin-inline-start:calc(-1 * var(--gutter))}
p{margin:0 0 1rem}
.numbered{position:relative}
.paragraph-number{position:absolute;inset-inline-start:calc(-1 * var(--gutter));color:var(--muted);text-decoration-style:dotted}
ul,ol{margin:0 0 1rem;padding-inline-start:1.5rem}
li{margin:0 0 .4rem}
li::marker{color:var(--muted)}
li[data-marker]::marker{content:attr(data-marker) ' '}
.recommendations-caption{margin-block-end:.25rem;font-style:italic;break-after:avoid}
.checklist,.recommendations{padding-inline-start:0;list-style:none}
.checklist li,.recommendations li{padding-inline-start:1.75rem;text-indent:-1.75rem}
.check-mark,.item-letter{display:inline-block;min-width:calc(1.75rem - .3em);text-indent:0}
.check-mark{color:var(--muted)}
sup{position:relative;top:-.5em;font-size:.75em;line-height:0;vertical-align:baseline}
.note-marker a{padding:0 .1em;text-decoration-thickness:1px}
table{width:100%;margin:0 0 1.25rem;border-collapse:collapse;font-size:.9375rem;line-height:1.45}
th,td{padding:.45rem .6rem;border-block-end:1px solid var(--ink);text-align:start;vertical-align:top}
thead th{border-block:2px solid var(--ink)}
tr{break-inside:avoid}
.agenda th{overflow-wrap:normal}
.agenda th[scope=row]{width:1%;font-weight:400;white-space:nowrap}
.agenda p{margin:0}
.agenda-session{font-weight:700}
.agenda-note{font-style:italic}
.agenda-speakers{margin:.3rem 0 0;padding-inline-start:0;list-style:none}
.agenda-speakers li{margin:0 0 .15rem}
.document-list li{margin-bottom:.6rem}
.attendance{padding-inline-start:0;list-style:none}
.annex-label{display:block;margin-bottom:.25rem;font-size:.9375rem;letter-spacing:.06em}
.endnotes{margin-top:3rem;padding-inline-start:0;padding-top:.5rem;border-top:1px solid var(--rule);font-size:.9375rem;line-height:1.5}
.endnotes>h2{margin:1rem 0}
.endnotes ol{margin:0;padding:0;list-style:none}
.endnotes li{position:relative;margin:0 0 .6rem;padding-inline-start:var(--gutter);break-inside:avoid}
.note-number{position:absolute;inset-inline-start:0}
.back-link{padding:0 .15em}
p:target,li:target,sup:has(:target){background:#fff4d6;outline:.25rem solid #fff4d6}
@media (max-width:34rem){
:root{--gutter:0rem}
body{font-size:1rem;line-height:1.55}
.page{padding:1rem .875rem 3rem}
.masthead h1{font-size:1.3rem}
.paragraph-number{position:static;margin-inline-end:.15rem}
.endnotes li{padding-inline-start:0}
.note-number{position:static}
.agenda th[scope=row]{width:auto}
th,td{padding:.4rem}
}
@media screen and (prefers-color-scheme:dark){
:root{color-scheme:dark;--ink:#e8e8e3;--muted:#b8b8b0;--rule:#4d4d48;--link:#9cc9ff;--paper:#161615;--tint:#20201e}
.banner{border-color:#e09a2c;background:#3b2b0c;color:#ffe2a3}
.notice{color:#ffaaa6}
p:target,li:target,sup:has(:target){background:#3d3520;outline-color:#3d3520}
}
@media print{
@page{size:A4;margin:20mm 18mm 22mm;@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt;color:#444}}
:root{--gutter:10mm}
body{font-size:10.5pt;line-height:1.45;color:#000}
.page{max-width:none;padding:0}
.skip-link,.contents,.back-link{display:none}
.banner{border:1pt solid #000;border-inline-start-width:4pt;background:none;color:#000}
.comment-line{background:none}
a{color:inherit;text-decoration:none}
.print-address{display:inline;font-size:.9em}
.paragraph-number{color:#000}
p,li{orphans:3;widows:3}
h1,h2,h3,h4,h5,h6,.leads-in{break-after:avoid}
h2{margin-top:8mm}
thead{display:table-header-group}
p:target,li:target,sup:has(:target){background:none;outline:none}
.watermark{display:block;position:fixed;top:40%;left:0;right:0;z-index:-1;text-align:center;font-size:96pt;font-weight:700;color:rgba(0,0,0,.07);transform:rotate(-35deg)}
}
`.trim()
