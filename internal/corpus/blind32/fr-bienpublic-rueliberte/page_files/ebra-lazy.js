window.ebraLazy=true;
