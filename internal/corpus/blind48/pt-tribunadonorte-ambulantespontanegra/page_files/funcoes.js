function fonte(d){var t=document.getElementById('texto');var s=parseInt(t.style.fontSize||'14');t.style.fontSize=(s+d)+'px';}
