// Known bad: a pure layer importing React.
import { useState } from 'react'

export const state = useState
