(function(){var b=document.querySelector('.consent-banner');if(b&&localStorage.getItem('consent')){b.remove()}})();
