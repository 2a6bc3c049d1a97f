window.__site={lazy:true};
