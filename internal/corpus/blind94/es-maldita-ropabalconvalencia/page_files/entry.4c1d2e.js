import{createApp as e}from'./vue.js';window.__maldita=e;
