/* ars-app (trimmed) */
document.documentElement.classList.remove('no-js');
