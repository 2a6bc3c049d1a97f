document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('.cmplz-accept');if(b){b.onclick=function(){document.cookie='cmplz_consent=1;path=/'}}});
