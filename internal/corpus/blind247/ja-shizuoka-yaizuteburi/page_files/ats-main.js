(function(){var a=document.querySelector('.cookie_notice__agree');if(a){a.onclick=function(){a.closest('.cookie_notice').remove();return false;};}})();
