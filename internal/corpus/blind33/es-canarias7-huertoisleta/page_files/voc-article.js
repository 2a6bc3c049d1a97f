(function(){var b=document.querySelector('.v-a-tools__shr');if(b){b.addEventListener('click',function(){if(navigator.share){navigator.share({url:location.href});}});}})();
