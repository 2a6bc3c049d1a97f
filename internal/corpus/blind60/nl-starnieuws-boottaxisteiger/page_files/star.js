function startTicker(){var t=document.getElementById('ticker');if(t){t.scrollLeft=0;}}
