ARTS = []
def A(key, outlet, city, dt, story, title, body, react=None):
    ARTS.append(dict(key=key, outlet=outlet, city=city, dt=dt, story=story,
                     title=title, body=body.strip(), react=react or []))
