/* Fusion runtime (saved copy) */
window.Fusion=window.Fusion||{};Fusion.arcSite="peru21";Fusion.contextPath="/pf";
